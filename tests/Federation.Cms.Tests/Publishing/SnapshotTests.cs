using Federation.Cms.Content;
using Federation.Cms.Tests.Support;

namespace Federation.Cms.Tests.Publishing;

public sealed class SnapshotTests
{
    [Fact]
    public async Task Publish_SwapsInANewSnapshotAndLeavesTheOldOneUnchanged()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News();
        await store.Editor.SaveAsync(news, null);
        var before = store.Snapshots.Current;

        await store.Publishing.PublishAsync(news.Id);

        var after = store.Snapshots.Current;
        Assert.NotSame(before, after);
        Assert.Null(before.Find(news.Id));
        Assert.NotNull(after.Find(news.Id));
        Assert.True(after.Cursor > before.Cursor);
    }

    [Fact]
    public async Task Startup_ImportsContentExportIntoAnEmptyStoreAndLoadsEveryPublishedItem()
    {
        await using var store = await TestStore.OpenAsync();

        await store.StartAsync();

        var files = Directory.EnumerateFiles(RepositoryPaths.ContentExport, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}media{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.True(store.Snapshots.IsLoaded);
        Assert.Equal(files.Count, store.Snapshots.Current.Count);
        foreach (var file in files)
        {
            var (document, _) = ContentJson.Read(await File.ReadAllTextAsync(file));
            Assert.Equal(document.ChineseText.Title, store.Snapshots.Current.Find(document.Id)?.Document.ChineseText.Title);
        }
    }

    [Fact]
    public async Task Startup_LoadsWhatWasPublishedBeforeTheRestart()
    {
        var folder = Directory.CreateTempSubdirectory("federation-restart-").FullName;
        var news = Samples.News();
        var draft = Samples.News(slug: "draft-only", title: "草稿");
        await using (var first = await TestStore.OpenAsync(folder: folder))
        {
            await first.Editor.SaveAsync(news, null);
            await first.Editor.SaveAsync(draft, null);
            await first.Publishing.PublishAsync(news.Id);
            await first.Editor.SaveAsync(Samples.Retitled(news, "未发布的修改"), null);
        }

        await using (var second = await TestStore.OpenAsync(folder: folder))
        {
            await second.StartAsync();

            Assert.Equal("联合会召开年度会员大会", second.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
            Assert.Null(second.Snapshots.Current.Find(draft.Id));
            Assert.Equal(1, second.Snapshots.Current.Count);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Dispatcher_AppliesAPublishWrittenByAnotherProcessOnTheSameStore()
    {
        await using var reader = await TestStore.OpenAsync();
        await reader.StartAsync();
        await using var writer = await TestStore.OpenAsync($"Data Source={Path.Combine(reader.Folder, "content.db")}");
        var news = Samples.News();
        await writer.Editor.SaveAsync(news, null);
        await writer.Publishing.PublishAsync(news.Id);
        Assert.Null(reader.Snapshots.Current.Find(news.Id));

        var applied = await reader.Dispatcher.DispatchPendingAsync();

        Assert.Equal(1, applied);
        Assert.NotNull(reader.Snapshots.Current.Find(news.Id));
        Assert.Equal(0, await reader.Dispatcher.DispatchPendingAsync());
    }
}
