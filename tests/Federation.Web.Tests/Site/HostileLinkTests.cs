using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Federation.Web.Tests.GraphQL;
using Federation.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Site;

/// <summary>No script gets in through a registration link: the back office's zip import refuses it, and a link already in the store is never emitted.</summary>
public sealed class HostileLinkTests
{
    const string GoodLink = "https://www.ttbz.org.cn/StandardManage/Detail/12345";

    [Fact]
    public async Task ZipImport_OfEveryHostileRegistrationLink_NamesEachFileAndField_AndImportsNothing()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var folder = Directory.CreateTempSubdirectory("federation-hostile-zip-").FullName;
        var files = HostileLinks.All.Select((url, index) => HostileLinks.Standard(url, index)).ToList();
        foreach (var (relativePath, json) in files)
        {
            var file = Path.Combine(folder, "content-export", relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, json, new UTF8Encoding(false));
        }

        var zip = new MemoryStream();
        await ZipFile.CreateFromDirectoryAsync(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: false);
        Directory.Delete(folder, recursive: true);
        var (_, before) = await editor.GetAsync("/cms/content/standards");

        var response = await editor.UploadAsync("/cms/transfer", "/cms/transfer?handler=Import", [("hostile.zip", zip.ToArray())], field: "archive");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/transfer");
        var (_, after) = await editor.GetAsync("/cms/content/standards");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = page.QuerySelectorAll("[role=alert] li").Select(li => li.Text()).ToList();
        Assert.Equal(files.Count, problems.Count);
        Assert.All(files, f => Assert.Contains(problems, p =>
            p.StartsWith(Path.Combine("content-export", f.RelativePath), StringComparison.Ordinal) && p.Contains("fields.nationalRegistrationUrl", StringComparison.Ordinal)));
        Assert.Equal(before.QuerySelector("p.bo-muted").Text(), after.QuerySelector("p.bo-muted").Text());
    }

    [Fact]
    public async Task HostileLinksWrittenStraightIntoTheStore_AreNeverEmittedAsLinks()
    {
        await using var site = new FederationSite();
        var slugs = new List<string>();
        foreach (var (url, index) in HostileLinks.All.Select((u, i) => (u, i)))
        {
            var slug = $"stored-link-{index}";
            await StoreAsync(site, slug, url);
            slugs.Add(slug);
        }

        await StoreAsync(site, "stored-good-link", GoodLink);
        var client = site.CreateClient();
        var graphQL = new GraphQLClient(site.CreateClient());

        foreach (var slug in slugs)
        {
            var (_, page) = await Html.GetAsync(client, $"/standards/{slug}");
            var data = await graphQL.DataAsync($$"""{ standard(slug: "{{slug}}") { nationalRegistrationUrl } }""");

            Assert.All(page.QuerySelectorAll("a[href], [src]"), e => Assert.True(SafeLinks.IsSafe(e.GetAttribute("href") ?? e.GetAttribute("src")), $"{slug}: {e.OuterHtml}"));
            Assert.Empty(page.QuerySelectorAll("a[rel=external]"));
            Assert.DoesNotContain("sameAs", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
            Assert.Null(data["standard"]!["nationalRegistrationUrl"]);
        }

        var (_, good) = await Html.GetAsync(client, "/standards/stored-good-link");
        Assert.Equal(GoodLink, good.QuerySelector("a[rel=external]")?.GetAttribute("href"));
    }

    // Saved with a good link, which the store then holds as something else: as a database edited by hand, or an old bug, would leave it.
    static async Task StoreAsync(FederationSite site, string slug, string url)
    {
        var standard = Support.Publishing.Document(ContentType.Standard, new StandardFields { Code = "T/SHMSIF 999-2026", NationalRegistrationUrl = GoodLink }, new StandardText { Title = "存储中的链接", Slug = slug });
        await site.Services.GetRequiredService<ContentEditor>().SaveAsync(standard, "editor");
        await using (var db = site.Services.GetRequiredService<ContentDbContextFactory>().Create())
        {
            var version = await db.Versions.SingleAsync(v => v.ItemId == standard.Id);
            version.Document = version.Document.Replace(JsonSerializer.Serialize(GoodLink), JsonSerializer.Serialize(url), StringComparison.Ordinal);
            Assert.Equal(url, ((StandardFields)ContentJson.Deserialize(version.Document).Fields).NationalRegistrationUrl);
            await db.SaveChangesAsync();
        }

        await site.Services.GetRequiredService<PublishingService>().PublishAsync(standard.Id);
    }
}
