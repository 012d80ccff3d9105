using Federation.Cms.Content;
using Federation.Cms.Storage;
using Federation.Cms.Tests.Support;

namespace Federation.Cms.Tests.Storage;

/// <summary>
/// The store on a real PostgreSQL server. tests/run starts one on loopback and sets
/// FEDERATION_TEST_POSTGRES; each test gets a database of its own.
/// </summary>
public sealed class PostgreSqlStoreTests
{
    [Fact]
    public void ConnectionString_WithAHost_SelectsPostgreSql()
    {
        Assert.Equal(ContentStoreProvider.PostgreSql, ContentStoreConnection.Resolve("Host=db.internal;Database=federation;Username=cms", "/srv").Provider);
        var sqlite = ContentStoreConnection.Resolve(null, Path.GetTempPath());
        Assert.Equal(ContentStoreProvider.Sqlite, sqlite.Provider);
        Assert.Contains(Path.Combine(Path.GetTempPath(), "App_Data", "federation.db"), sqlite.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_VersionsPublishingAndTheRoundTrip_WorkOnPostgreSql()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync();
        await using var store = await TestStore.OpenAsync(database.ConnectionString);
        var news = Samples.News(title: "第一稿");
        await store.Editor.SaveAsync(news, "editor");
        await store.Editor.SaveAsync(Samples.Retitled(news, "第二稿"), "editor");
        await store.Publishing.PublishAsync(news.Id, version: 1);
        Assert.Equal("第一稿", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
        await store.Publishing.UnpublishAsync(news.Id);
        Assert.Null(store.Snapshots.Current.Find(news.Id));
        Assert.Equal(2, (await store.History.ListAsync(news.Id)).Count);

        await store.Importer.ImportAsync(RepositoryPaths.ContentExport);
        var exported = Path.Combine(store.Folder, "exported");
        await store.Exporter.ExportAsync(exported);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.ContentExport, "*.json", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(exported, Path.GetRelativePath(RepositoryPaths.ContentExport, file));
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(copy));
        }

        Assert.Equal(
            Directory.EnumerateFiles(RepositoryPaths.ContentExport, "*.json", SearchOption.AllDirectories).Count(),
            store.Snapshots.Current.Count);

        var dated = await DatedBatch.WriteAsync(store.Folder);
        await store.Importer.ImportAsync(dated);
        await store.Exporter.ExportAsync(exported);
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(dated, "news", "dated-notice.json")),
            await File.ReadAllTextAsync(Path.Combine(exported, "news", "dated-notice.json")));
    }
}
