using System.Text;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Editing.Forms;
using Federation.Cms.Tests.Support;
using Federation.Cms.Transfer;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Editing;

/// <summary>No script gets in through a URL field or a rich-text link, whichever way the item comes in.</summary>
public sealed class SafeLinkTests
{
    public static TheoryData<string> Hostile => [.. HostileLinks.All];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileAddress_IsNeitherStorableNorEmitted(string url)
    {
        Assert.Equal(SafeLinks.NotWebAddress, SafeLinks.Problem(url));
        Assert.False(SafeLinks.IsSafe(url));
    }

    [Theory]
    [InlineData("https://www.ttbz.org.cn/StandardManage/Detail/12345")]
    [InlineData("http://www.ttbz.org.cn/")]
    [InlineData("HTTPS://Example.org/标准?id=1#条款")]
    public void WebAddress_IsStorableAndEmitted(string url)
    {
        Assert.Null(SafeLinks.Problem(url));
        Assert.True(SafeLinks.IsSafe(url));
    }

    [Theory]
    [InlineData("/about/committees", true)]
    [InlineData("#scope", true)]
    [InlineData("mailto:office@shmsif.org.cn", true)]
    [InlineData("news/x", false)]
    [InlineData("mailto:", false)]
    [InlineData("tel:021-00000000", false)]
    public void SitePathsAndMailAddresses_AreLinksButNotUrlFieldValues(string href, bool emitted)
    {
        Assert.Equal(emitted, SafeLinks.IsSafe(href));
        Assert.NotNull(SafeLinks.Problem(href));
    }

    [Fact]
    public void RichText_KeepsSiteWebAndMailLinks_AndDropsEveryOther()
    {
        var sanitizer = new RichTextSanitizer();
        var links = string.Concat(HostileLinks.All.Select(u => $"<a href=\"{System.Net.WebUtility.HtmlEncode(u)}\">x</a>"));

        var clean = sanitizer.Sanitize($"<p>{links}<a href=\"/about/committees\">a</a><a href=\"https://www.ttbz.org.cn/\">b</a><a href=\"mailto:office@shmsif.org.cn\">c</a><img src=\"//evil.example/x.png\" alt=\"\"></p>")!;

        Assert.Equal(
            "<p>" + string.Concat(Enumerable.Repeat("<a>x</a>", HostileLinks.All.Count))
            + "<a href=\"/about/committees\">a</a><a href=\"https://www.ttbz.org.cn/\">b</a><a href=\"mailto:office@shmsif.org.cn\">c</a><img alt=\"\"></p>",
            clean);
    }

    [Fact]
    public async Task FolderImport_OfEveryHostileRegistrationLink_NamesEachFileAndField_AndImportsNothing()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = Path.Combine(store.Folder, "hostile");
        var files = new List<string>();
        foreach (var (url, index) in HostileLinks.All.Select((u, i) => (u, i)))
        {
            var (relativePath, json) = HostileLinks.Standard(url, index);
            var file = Path.Combine(batch, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, json, new UTF8Encoding(false));
            files.Add(file);
        }

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => store.Importer.ImportAsync(batch));

        Assert.Equal(files.Order(StringComparer.Ordinal), rejected.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(rejected.Problems, p => Assert.Contains($"fields.nationalRegistrationUrl {SafeLinks.NotWebAddress}", p.Reason, StringComparison.Ordinal));
        Assert.Equal(0, (await store.Exporter.ExportAsync(Path.Combine(store.Folder, "after"))).Items);
        Assert.Equal(0, store.Snapshots.Current.Count);
    }

    [Fact]
    public async Task FolderImport_SanitizesRichText_AndKeepsAWebRegistrationLink()
    {
        await using var store = await TestStore.OpenAsync();
        var batch = Path.Combine(store.Folder, "good");
        var (relativePath, json) = HostileLinks.Standard("https://www.ttbz.org.cn/StandardManage/Detail/12345", 0);
        json = json.Replace("\"scope\": null", "\"scope\": \"<p onclick=\\\"alert(1)\\\"><a href=\\\"JaVaScRiPt:alert(1)\\\">x</a><a href=\\\"//evil.example\\\">y</a><a href=\\\"/standards\\\">z</a></p><script>alert(1)</script>\"", StringComparison.Ordinal);
        Assert.Contains("<script>", json, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(batch, "standards"));
        await File.WriteAllTextAsync(Path.Combine(batch, relativePath), json, new UTF8Encoding(false));

        await store.Importer.ImportAsync(batch);

        var standard = store.Snapshots.Current.Items.Single().Document;
        Assert.Equal("https://www.ttbz.org.cn/StandardManage/Detail/12345", ((StandardFields)standard.Fields).NationalRegistrationUrl);
        Assert.Equal("<p><a>x</a><a>y</a><a href=\"/standards\">z</a></p>", ((StandardText)standard.ChineseText).Scope);
    }

    [Fact]
    public async Task EditForm_RefusesAHostileRegistrationLink_InTheBackOfficesWords()
    {
        await using var store = await TestStore.OpenAsync();
        var reader = store.Services.GetRequiredService<FormReader>();

        var (read, state) = await reader.ReadAsync(ContentType.Standard, Guid.NewGuid(), new Dictionary<string, string>
        {
            ["cultures.zh-CN.title"] = "标准", ["cultures.zh-CN.slug"] = "a-standard", ["fields.nationalRegistrationUrl"] = "JaVaScRiPt:alert(1)",
        });

        Assert.Null(read);
        Assert.Equal(["请填写以 https:// 或 http:// 开头的完整网址，如 https://www.ttbz.org.cn/。"], state.ProblemsAt("fields.nationalRegistrationUrl"));
    }

    [Fact]
    public async Task Save_OfAHostileRegistrationLink_IsRefused()
    {
        await using var store = await TestStore.OpenAsync();
        var standard = new ContentDocument
        {
            Id = Guid.NewGuid(), Type = ContentType.Standard, Fields = new StandardFields { NationalRegistrationUrl = "data:text/html,<script>alert(1)</script>" },
            Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new StandardText { Title = "标准", Slug = "a-standard" } },
        };

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => store.Editor.SaveAsync(standard, "writer"));

        Assert.Equal("fields.nationalRegistrationUrl", Assert.Single(refused.Problems).Field);
    }
}
