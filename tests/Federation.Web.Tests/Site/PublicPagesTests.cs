using System.Net;
using System.Text.Json;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Site;

/// <summary>What a reader sees on a freshly started site: every page type, in both cultures, with every seeded item.</summary>
public sealed class PublicPagesTests(FederationSite site) : IClassFixture<FederationSite>
{
    public static TheoryData<string> CultureRoots => new() { "/", "/en" };

    public static TheoryData<string, string> SectionsInBothCultures => new()
    {
        { "news", "zh-CN" }, { "news", "en" }, { "forums", "zh-CN" }, { "forums", "en" }, { "standards", "zh-CN" }, { "standards", "en" },
        { "courses", "zh-CN" }, { "courses", "en" }, { "showcases", "zh-CN" }, { "showcases", "en" },
    };

    [Theory]
    [MemberData(nameof(CultureRoots))]
    public async Task Menu_EveryEntryAnswersWithItsOwnPage(string root)
    {
        var client = site.CreateClient();
        var (response, home) = await Html.GetAsync(client, root);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var links = home.QuerySelectorAll("nav.site-nav a").Select(a => (Href: a.GetAttribute("href")!, Label: a.Text())).ToList();

        Assert.Equal(7, links.Count);
        Assert.Equal(root == "/en" ? "en" : "zh-CN", home.DocumentElement.GetAttribute("lang"));
        foreach (var (href, label) in links)
        {
            var (page, document) = await Html.GetAsync(client, href);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{href} answered {page.StatusCode}");
            Assert.Equal(href, document.QuerySelector("nav.site-nav a[aria-current=page]")?.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("h1").Text()), $"{href} ({label}) has no heading");
        }
    }

    [Theory]
    [MemberData(nameof(SectionsInBothCultures))]
    public async Task SectionList_ShowsEverySeededItemOfItsType(string folder, string culture)
    {
        var client = site.CreateClient();
        var expected = SeededItem.All.Where(i => i.Folder == folder).ToList();
        var url = (culture == "en" ? "/en/" : "/") + expected[0].Section;

        var shown = await ListPages.WalkAsync(client, url);

        Assert.Equal(
            expected.Select(i => (i.Cultures[culture].Title, i.Url(culture))).Order(),
            shown.Order());
    }

    [Fact]
    public async Task DetailPage_EverySeededItemShowsItsTitleInBothCulturesAndLinksToItsTwin()
    {
        var client = site.CreateClient();
        foreach (var item in SeededItem.All)
        {
            foreach (var (culture, other) in new[] { ("zh-CN", "en"), ("en", "zh-CN") })
            {
                var (response, document) = await Html.GetAsync(client, item.Url(culture));

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{item.Url(culture)} answered {response.StatusCode}");
                Assert.Equal(item.Cultures[culture].Title, document.QuerySelector("main h1").Text());
                Assert.Equal(culture, document.DocumentElement.GetAttribute("lang"));
                Assert.Equal(item.Url(other), document.QuerySelector("a.language-switch")?.GetAttribute("href"));
            }
        }
    }

    [Theory]
    [InlineData("/about", "联合会简介")]
    [InlineData("/en/about", "About the Federation")]
    public async Task About_OpensOnTheProfileWithTheSectionMenu(string url, string title)
    {
        var (response, document) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, document.QuerySelector("main h1").Text());
        var menu = document.QuerySelectorAll("nav.sidebar a").Select(a => a.GetAttribute("href")).ToList();
        var prefix = url.StartsWith("/en", StringComparison.Ordinal) ? "/en/about/" : "/about/";
        Assert.Contains(prefix + "platforms", menu);
        Assert.Contains(prefix + "committees", menu);
        Assert.Contains(prefix + "institutions", menu);
        Assert.Contains(prefix + "contact", menu);
        Assert.Equal(menu.Distinct(), menu);
    }

    [Theory]
    [InlineData("/about/platforms", 5)]
    [InlineData("/about/committees", 17)]
    [InlineData("/en/about/yangtze-delta-alliance", 5)]
    public async Task AboutMenu_NestsTheFivePlatformsOrTheCommitteesUnderTheirPage_EachOnce(string url, int nested)
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), url);

        var links = document.QuerySelectorAll("nav.sidebar a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(nested, document.QuerySelectorAll("nav.sidebar ul ul a").Length);
        Assert.Equal(links.Distinct(), links);
    }

    [Theory]
    [InlineData("/about/contact", "联系我们", "待公布", "/about/standards-innovation-centre")]
    [InlineData("/en/about/contact", "Contact us", "to be announced", "/en/about/standards-innovation-centre")]
    public async Task Contact_SaysTheDetailsAreToBeAnnounced_AndLeadsToThePlatformInCharge(string url, string title, string announced, string platform)
    {
        var client = site.CreateClient();
        var (response, document) = await Html.GetAsync(client, url);
        var (_, home) = await Html.GetAsync(client, url.StartsWith("/en", StringComparison.Ordinal) ? "/en" : "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, document.QuerySelector("main h1").Text());
        Assert.Contains(announced, document.QuerySelector("article").Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(document.QuerySelector($"article a[href='{platform}']")!.GetAttribute("href"))).StatusCode);
        Assert.Contains(home.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == url && a.Text() == title);
    }

    [Fact]
    public async Task Committees_PageListsAllSeventeenCommittees()
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), "/about/committees");

        var committees = document.QuerySelectorAll("article .item-card h3 a").Select(a => a.Text()).ToList();

        Assert.Equal(17, committees.Count);
        Assert.Equal("服务外包专业委员会", committees[0]);
        Assert.Equal("医疗服务专业委员会", committees[^1]);
    }

    [Theory]
    [InlineData("/", "搭建平台汇聚资源提供服务助推发展")]
    [InlineData("/", "提升金融服务能级专项行动")]
    [InlineData("/", "城市更新论坛")]
    [InlineData("/", "上海现代服务业团体标准编制指南")]
    [InlineData("/", "室内装饰设计师")]
    [InlineData("/en", "Urban Renewal Forum")]
    public async Task Home_ShowsTheSeededContentOfEverySection(string url, string text)
    {
        var (response, document) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(text, document.QuerySelector("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forum_WithoutAnnouncedTime_SaysToBeAnnouncedRatherThanInventingADate()
    {
        var (_, zh) = await Html.GetAsync(site.CreateClient(), "/forums/urban-renewal-forum");
        var (_, en) = await Html.GetAsync(site.CreateClient(), "/en/forums/urban-renewal-forum");

        Assert.Equal("待公布", Facts(zh)["时间"]);
        Assert.Equal("To be announced", Facts(en)["Time"]);
        Assert.Equal("长三角现代服务业联盟", Facts(zh)["平台"]);
        Assert.Equal("待公布", Facts(zh)["报名截止"]);
    }

    static Dictionary<string, string> Facts(AngleSharp.Dom.IDocument document) =>
        document.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling.Text());

    [Theory]
    [InlineData("/news/no-such-article", "页面不存在")]
    [InlineData("/en/standards/no-such-standard", "Page not found")]
    [InlineData("/no-such-section", "页面不存在")]
    [InlineData("/about/no-such-page", "页面不存在")]
    public async Task UnknownPage_Answers404InTheSiteDesign(string url, string heading)
    {
        var (response, document) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(heading, document.QuerySelector("main h1").Text());
        Assert.Equal(7, document.QuerySelectorAll("nav.site-nav a").Length);
    }

    [Fact]
    public async Task Stylesheet_IsServedToABrowserThatAcceptsCompression()
    {
        var client = site.CreateClient();
        var (_, home) = await Html.GetAsync(client, "/");
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var (response, bytesOnWire, css) = await Wire.GetAsync(client, href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Content.Headers.ContentEncoding.Single(), (string[])["br", "gzip"]);
        Assert.Contains(".site-nav", css, StringComparison.Ordinal);
        Assert.True(bytesOnWire < css.Length / 2, $"{bytesOnWire} bytes on the wire for {css.Length} characters of CSS");
    }

    [Fact]
    public async Task Healthz_ReportsTheStoreAndTheSnapshot()
    {
        var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Sqlite", checks.GetProperty("store").GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal(SeededItem.All.Count, checks.GetProperty("store").GetProperty("data").GetProperty("items").GetInt32());
        Assert.Equal(SeededItem.All.Count, checks.GetProperty("snapshot").GetProperty("data").GetProperty("items").GetInt32());
        Assert.False(checks.TryGetProperty("redis", out _));
    }
}
