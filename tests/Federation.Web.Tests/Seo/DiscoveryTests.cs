using System.Net;
using System.Xml.Linq;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Seo;

/// <summary>What search engines and link previews read: sitemap, robots.txt, canonical, hreflang and OpenGraph.</summary>
public sealed class DiscoveryTests(FederationSite site) : IClassFixture<FederationSite>
{
    static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task Sitemap_ListsEveryPublishedItemInBothCulturesAndTheSectionPagesAndNothingElse()
    {
        var response = await site.CreateClient().GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var listed = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        string[] sections = ["/", "/news", "/forums", "/standards", "/training", "/brand", "/about"];
        var expected = sections.SelectMany(p => new[] { p, p == "/" ? "/en" : "/en" + p })
            .Concat(SeededItem.All.SelectMany(i => new[] { i.Url("zh-CN"), i.Url("en") }))
            .Select(p => "http://localhost" + p);
        Assert.Equal(expected.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sitemap_GivesEachItemItsOtherCultureAsAnHreflangAlternate()
    {
        var sitemap = XDocument.Parse(await site.CreateClient().GetStringAsync("/sitemap.xml"));
        var interview = SeededItem.All.Single(i => i.Cultures["zh-CN"].Slug == "interview-zheng-huiqiang");

        var entry = sitemap.Root!.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == "http://localhost" + interview.Url("zh-CN"));

        var alternates = entry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost" + interview.Url("zh-CN"), alternates["zh-CN"]);
        Assert.Equal("http://localhost" + interview.Url("en"), alternates["en"]);
    }

    [Fact]
    public async Task Robots_AllowsThePublicSiteAndPointsAtTheSitemap()
    {
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /cms", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/standards/shanghai-modern-service-group-standard-drafting-guide", "/en/standards/shanghai-modern-service-group-standard-drafting-guide", "article")]
    [InlineData("/en/forums", "/forums", "website")]
    [InlineData("/", "/en", "website")]
    public async Task Page_NamesItsCanonicalUrlItsTwinAndItsOpenGraphCard(string url, string twin, string type)
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), url);
        var culture = url.StartsWith("/en", StringComparison.Ordinal) ? "en" : "zh-CN";
        var other = culture == "en" ? "zh-CN" : "en";

        Assert.Equal("http://localhost" + url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("http://localhost" + url, document.QuerySelector($"link[rel=alternate][hreflang='{culture}']")?.GetAttribute("href"));
        Assert.Equal("http://localhost" + twin, document.QuerySelector($"link[rel=alternate][hreflang='{other}']")?.GetAttribute("href"));
        Assert.Equal(type, document.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("http://localhost" + url, document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")));
    }

    [Fact]
    public async Task NotFoundPage_AsksNotToBeIndexed()
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), "/news/no-such-article");

        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
    }
}
