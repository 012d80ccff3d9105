using System.Net;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Feeds;

/// <summary>How browsers and readers find the feeds: links in the page head, and a visible link on the lists.</summary>
public sealed class FeedDiscoveryTests(FederationSite site) : IClassFixture<FederationSite>
{
    [Theory]
    [InlineData("/", "/feeds/news")]
    [InlineData("/en", "/en/feeds/news")]
    [InlineData("/news", "/feeds/news")]
    [InlineData("/en/forums", "/en/feeds/forums")]
    [InlineData("/standards/shanghai-modern-service-group-standard-drafting-guide", "/feeds/standards")]
    [InlineData("/en/training", "/en/feeds/training")]
    public async Task Page_NamesItsSectionsFeedInEveryFormat(string url, string feed)
    {
        var client = site.CreateClient();
        var (_, document) = await Html.GetAsync(client, url);

        foreach (var (mediaType, extension) in new[] { ("application/atom+xml", "atom"), ("application/rss+xml", "rss"), ("application/feed+json", "json") })
        {
            var link = document.Head?.QuerySelector($"link[rel=alternate][type='{mediaType}']");
            Assert.Equal($"{feed}.{extension}", link?.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(link?.GetAttribute("title")));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link?.GetAttribute("href"))).StatusCode);
        }
    }

    [Theory]
    [InlineData("/brand")]
    [InlineData("/about")]
    public async Task PageOfASectionWithoutFeed_NamesNone(string url)
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Empty(document.QuerySelectorAll("link[rel=alternate][type$='xml'], link[rel=alternate][type$='json']"));
    }

    [Theory]
    [InlineData("/forums", "订阅", "/feeds/forums.atom")]
    [InlineData("/en/standards", "Subscribe", "/en/feeds/standards.atom")]
    public async Task SectionList_ShowsASubscribeLinkToItsAtomFeed(string url, string label, string feed)
    {
        var (_, document) = await Html.GetAsync(site.CreateClient(), url);

        var link = document.QuerySelector("main a[href$='.atom']");
        Assert.Equal(label, link.Text());
        Assert.Equal(feed, link?.GetAttribute("href"));
    }
}
