using System.Text;
using Federation.Cms.Content;
using Federation.Cms.Tests.Support;
using Federation.Cms.Transfer;

namespace Federation.Cms.Tests.Transfer;

public sealed class ImportExportTests
{
    [Fact]
    public async Task ImportThenExport_ReproducesContentExportByteForByte()
    {
        await using var store = await TestStore.OpenAsync();
        var exported = Path.Combine(store.Folder, "exported");

        var imported = await store.Importer.ImportAsync(RepositoryPaths.ContentExport);
        var written = await store.Exporter.ExportAsync(exported);

        Assert.Equal(imported, written);
        var expected = Files(RepositoryPaths.ContentExport);
        Assert.Equal(expected, Files(exported));
        foreach (var file in expected)
        {
            var before = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.ContentExport, file));
            var after = await File.ReadAllBytesAsync(Path.Combine(exported, file));
            Assert.True(before.SequenceEqual(after), $"{file} differs after the round trip");
        }
    }

    [Fact]
    public async Task ImportThenExport_KeepsEveryDateInShanghaiTime()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = await DatedBatch.WriteAsync(store.Folder);

        await store.Importer.ImportAsync(batch);
        var exported = Path.Combine(store.Folder, "exported");
        await store.Exporter.ExportAsync(exported);

        var before = await File.ReadAllTextAsync(Path.Combine(batch, "news", "dated-notice.json"));
        Assert.Contains("\"published\": \"2022-03-02T08:00:00+08:00\"", before, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(exported, "news", "dated-notice.json")));
    }

    [Fact]
    public async Task Import_BadFiles_NamesEachOneAndImportsNothing()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = RepositoryPaths.CopyToTemp(RepositoryPaths.ContentExport);
        var brokenJson = Path.Combine(batch, "news", "interview-zheng-huiqiang.json");
        await File.WriteAllTextAsync(brokenJson, "{ \"id\": ");
        var unknownStatus = Path.Combine(batch, "standards", "shanghai-modern-service-group-standard-drafting-guide.json");
        await Replace(unknownStatus, "\"status\": \"issued\"", "\"status\": \"approved\"");
        var noTitle = Path.Combine(batch, "forums", "urban-renewal-forum.json");
        await Replace(noTitle, "\"title\": \"城市更新论坛\"", "\"title\": \"\"");
        var orphan = Path.Combine(batch, "pages", "committee-fintech-services.json");
        await Replace(orphan, "\"parent\": \"", "\"parent\": \"00000000-0000-4000-8000-");
        var wrongFolder = Path.Combine(batch, "courses", "stray.txt");
        await File.WriteAllTextAsync(wrongFolder, "notes");

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => store.Importer.ImportAsync(batch));

        Assert.Equal(
            new[] { brokenJson, unknownStatus, noTitle, orphan, wrongFolder }.Order(StringComparer.Ordinal),
            rejected.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains("approved", rejected.Problems.Single(p => p.Path == unknownStatus).Reason, StringComparison.Ordinal);
        Assert.Contains("cultures.zh-CN.title", rejected.Problems.Single(p => p.Path == noTitle).Reason, StringComparison.Ordinal);
        Assert.Contains("fields.parent", rejected.Problems.Single(p => p.Path == orphan).Reason, StringComparison.Ordinal);
        Assert.Equal(0, (await store.Exporter.ExportAsync(Path.Combine(store.Folder, "after"))).Items);
        Assert.Equal(0, store.Snapshots.Current.Count);
        Directory.Delete(batch, recursive: true);
    }

    [Fact]
    public async Task Import_DuplicateIdsAndSlugs_AreRejected()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = RepositoryPaths.CopyToTemp(RepositoryPaths.ContentExport);
        var original = Path.Combine(batch, "forums", "urban-renewal-forum.json");
        var copy = Path.Combine(batch, "forums", "urban-renewal-forum-copy.json");
        await File.WriteAllTextAsync(copy, (await File.ReadAllTextAsync(original)).Replace("\"slug\": \"urban-renewal-forum\"", "\"slug\": \"urban-renewal-forum-copy\"", StringComparison.Ordinal));

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => store.Importer.ImportAsync(batch));

        var problem = Assert.Single(rejected.Problems, p => p.Reason.Contains("is also used by", StringComparison.Ordinal));
        Assert.Contains("urban-renewal-forum", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(0, store.Snapshots.Current.Count);
        Directory.Delete(batch, recursive: true);
    }

    [Fact]
    public async Task Import_AnItemThatIsInTheStore_AddsAVersionAndPublishesIt()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Importer.ImportAsync(RepositoryPaths.ContentExport);
        var batch = RepositoryPaths.CopyToTemp(RepositoryPaths.ContentExport);
        var file = Path.Combine(batch, "forums", "urban-renewal-forum.json");
        await Replace(file, "\"title\": \"城市更新论坛\"", "\"title\": \"城市更新论坛（更新）\"");

        await store.Importer.ImportAsync(batch);

        var (document, _) = ContentJson.Read(await File.ReadAllTextAsync(file));
        Assert.Equal([2, 1], (await store.History.ListAsync(document.Id)).Select(v => v.Number));
        Assert.Equal("城市更新论坛（更新）", store.Snapshots.Current.Find(document.Id)!.Document.ChineseText.Title);
        Directory.Delete(batch, recursive: true);
    }

    [Fact]
    public async Task ImportThenExport_CarriesMediaFilesAndTheirMetadata()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = Path.Combine(store.Folder, "with-media");
        var id = Guid.Parse("5b0a3c9e-4d1f-4e7a-9b8c-2f6d1e0a7c31");
        var pdf = "%PDF-1.4\n% a tiny standard\n"u8.ToArray();
        Directory.CreateDirectory(Path.Combine(batch, "media", id.ToString()));
        await File.WriteAllBytesAsync(Path.Combine(batch, "media", id.ToString(), "guide.pdf"), pdf);
        await File.WriteAllTextAsync(Path.Combine(batch, "media", $"{id}.json"), $$"""
            {
              "id": "{{id}}",
              "file": "guide.pdf",
              "contentType": "application/pdf",
              "size": {{pdf.Length}},
              "width": null,
              "height": null,
              "focalPoint": null,
              "credit": "上海现代服务业联合会",
              "cultures": {
                "zh-CN": {
                  "alt": null,
                  "caption": "编制指南全文"
                }
              }
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));

        Assert.Equal(new TransferCounts(0, 1), await store.Importer.ImportAsync(batch));
        var exported = Path.Combine(store.Folder, "exported");
        await store.Exporter.ExportAsync(exported);

        Assert.Equal(Files(batch), Files(exported));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(exported, "media", id.ToString(), "guide.pdf")));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(batch, "media", $"{id}.json")), await File.ReadAllTextAsync(Path.Combine(exported, "media", $"{id}.json")));
    }

    [Fact]
    public async Task Import_MediaWhoseSizeDoesNotMatch_IsRejected()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = Path.Combine(store.Folder, "bad-media");
        var id = Guid.NewGuid();
        Directory.CreateDirectory(Path.Combine(batch, "media", id.ToString()));
        await File.WriteAllBytesAsync(Path.Combine(batch, "media", id.ToString(), "photo.jpg"), [1, 2, 3]);
        var metadata = Path.Combine(batch, "media", $"{id}.json");
        await File.WriteAllTextAsync(metadata, $$"""{ "id": "{{id}}", "file": "photo.jpg", "contentType": "image/jpeg", "size": 99, "cultures": {} }""");

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => store.Importer.ImportAsync(batch));

        var problem = Assert.Single(rejected.Problems);
        Assert.Equal(metadata, problem.Path);
        Assert.Contains("99", problem.Reason, StringComparison.Ordinal);
    }

    static async Task Replace(string file, string from, string to)
    {
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text.Replace(from, to, StringComparison.Ordinal), new UTF8Encoding(false));
    }

    static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
