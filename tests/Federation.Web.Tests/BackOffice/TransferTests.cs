using System.IO.Compression;
using System.Net;
using System.Text;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.BackOffice;

/// <summary>Import and export from the back office: the content-export format as a zip, all or nothing.</summary>
public sealed class TransferTests
{
    static byte[] Zip(params (string Path, string Text)[] entries)
    {
        var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return memory.ToArray();
    }

    static async Task<HttpResponseMessage> ImportAsync(BackOfficeClient client, byte[] zip, string name = "content.zip") =>
        await client.UploadAsync("/cms/transfer", "/cms/transfer?handler=Import", [(name, zip)], field: "archive");

    [Fact]
    public async Task Export_IsAZipOfTheContentExportFormat_ThatImportsIntoAFreshSite()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var export = await editor.Http.GetAsync("/cms/transfer?handler=Export");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var interview = zip.GetEntry("news/interview-zheng-huiqiang.json")!;
        using var reader = new StreamReader(interview.Open());
        var exported = await reader.ReadToEndAsync();

        await using var fresh = new FederationSite();
        var freshEditor = await BackOfficeClient.SignedInAsync(fresh, CmsRoles.Editor);
        var imported = await ImportAsync(freshEditor, bytes);
        var (_, done) = await freshEditor.GetAsync(imported.Headers.Location!.OriginalString);

        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("federation-content-", export.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.ContentExport, "news", "interview-zheng-huiqiang.json")), exported);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal($"已导入 {SeededItem.All.Count} 条内容、0 个媒体文件。", done.QuerySelector("[role=status]").Text());
    }

    [Fact]
    public async Task ArchiveWithOneBadFile_NamesIt_AndImportsNothing()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var good = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.ContentExport, "news", "interview-zheng-huiqiang.json"));
        var renamed = good.Replace("\"slug\": \"interview-zheng-huiqiang\"", "\"slug\": \"interview-copy\"", StringComparison.Ordinal)
            .Replace("\"id\": \"", "\"id\": \"0", StringComparison.Ordinal); // an id that is no GUID
        var (_, before) = await editor.GetAsync("/cms/content/news");

        var response = await ImportAsync(editor, Zip(("content-export/news/interview-copy.json", renamed), ("content-export/news/broken.json", "{ not json")));
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/transfer");
        var (_, after) = await editor.GetAsync("/cms/content/news");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = page.QuerySelectorAll("[role=alert] li code").Select(c => c.Text()).ToList();
        Assert.Contains(problems, p => p.EndsWith("news/broken.json", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith('/'));
        Assert.Equal(before.QuerySelector("p.bo-muted").Text(), after.QuerySelector("p.bo-muted").Text());
    }

    [Theory]
    [InlineData("../escaped.json", "路径指向导入文件夹之外")]
    [InlineData("/etc/escaped.json", "路径指向导入文件夹之外")]
    public async Task EntryReachingOutsideTheArchive_IsRefused_AndNothingIsWrittenThere(string path, string reason)
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var response = await ImportAsync(editor, Zip((path, "{}")));
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/transfer");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetTempPath(), "escaped.json")));
    }

    [Fact]
    public async Task FileThatIsNoZip_IsRefusedWithAReason()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var response = await ImportAsync(editor, Encoding.UTF8.GetBytes("plain text, not a zip"), "notes.zip");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/transfer");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("notes.zip：不是 zip 文件，或文件已损坏", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_MayExport_ButAForgedImportIsRefused()
    {
        await using var site = new FederationSite();
        var writer = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var (_, editorsPage) = await editor.GetAsync("/cms/transfer");
        var token = editorsPage.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value");

        var export = await writer.Http.GetAsync("/cms/transfer?handler=Export");
        var (_, writersPage) = await writer.GetAsync("/cms/transfer");
        using var body = new MultipartFormDataContent { { new ByteArrayContent(Zip(("news/x.json", "{}"))), "archive", "x.zip" } };
        var (_, anyForm) = await writer.GetAsync("/cms");
        body.Add(new StringContent(anyForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        var forged = await writer.Http.PostAsync("/cms/transfer?handler=Import", body);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Null(writersPage.QuerySelector("form[enctype='multipart/form-data']"));
        Assert.NotNull(token);
        Assert.Equal("/cms/denied", forged.Headers.Location?.AbsolutePath);
    }
}
