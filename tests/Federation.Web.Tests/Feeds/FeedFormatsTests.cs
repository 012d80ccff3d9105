using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Feeds;

/// <summary>Every feed of a fresh site, in every format and culture, as a feed reader reads it.</summary>
public sealed partial class FeedFormatsTests(FederationSite site) : IClassFixture<FederationSite>
{
    public static TheoryData<string, string> TypesInBothCultures => FeedReader.TypesInBothCultures();

    [Theory]
    [MemberData(nameof(TypesInBothCultures))]
    public async Task Atom_ListsEverySeededItemOfItsTypeWithItsTitlePageAndPermanentId(string type, string culture)
    {
        var url = FeedReader.Url(type, "atom", culture);

        var feed = await FeedReader.AtomAsync(site.CreateClient(), url);

        AssertListsTheSeededItems(feed, url, type, culture);
        Assert.Equal("http://localhost" + url, feed.Id);
        Assert.NotEqual(default, feed.LastUpdatedTime);
        Assert.All(feed.Items, item =>
        {
            Assert.NotEqual(default, item.LastUpdatedTime);
            Assert.Equal("html", Assert.IsType<TextSyndicationContent>(item.Content).Type);
            Assert.NotEmpty(item.Authors.Single().Name);
        });
    }

    [Theory]
    [MemberData(nameof(TypesInBothCultures))]
    public async Task Rss_ListsEverySeededItemOfItsTypeWithItsTitlePageAndPermanentId(string type, string culture)
    {
        var url = FeedReader.Url(type, "rss", culture);

        var feed = await FeedReader.RssAsync(site.CreateClient(), url);

        AssertListsTheSeededItems(feed, url, type, culture);
        Assert.False(string.IsNullOrWhiteSpace(feed.Description.Text));
        Assert.All(feed.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Summary.Text)));
    }

    [Theory]
    [MemberData(nameof(TypesInBothCultures))]
    public async Task JsonFeed_HasTheMembersVersion11RequiresAndEverySeededItemOfItsType(string type, string culture)
    {
        var url = FeedReader.Url(type, "json", culture);

        var feed = await FeedReader.JsonAsync(site.CreateClient(), url);

        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(feed.GetProperty("title").GetString()));
        Assert.Equal("http://localhost" + url, feed.GetProperty("feed_url").GetString());
        Assert.Equal("http://localhost" + ListPath(type, culture), feed.GetProperty("home_page_url").GetString());
        Assert.Equal(culture, feed.GetProperty("language").GetString());
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Seeded(type, culture), items.Select(i => (i.GetProperty("id").GetString()!, i.GetProperty("title").GetString()!, i.GetProperty("url").GetString()!)).Order());
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("content_html").GetString()));
            Assert.Matches(Rfc3339(), item.GetProperty("date_modified").GetString());
            Assert.NotEmpty(item.GetProperty("authors").EnumerateArray().Single().GetProperty("name").GetString()!);
            if (item.TryGetProperty("tags", out var tags))
            {
                Assert.All(tags.EnumerateArray(), tag => Assert.Equal(JsonValueKind.String, tag.ValueKind));
            }
        });
    }

    [Theory]
    [InlineData("/feeds/brand.atom")]
    [InlineData("/feeds/about.rss")]
    [InlineData("/en/feeds/courses.json")]
    [InlineData("/feeds/news.xml")]
    [InlineData("/en/feeds/news.atom1")]
    [InlineData("/feeds/news")]
    public async Task UnknownFeed_IsNotFound(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // What Atom and RSS share: the feed's language and links, and exactly the seeded items of its type.
    static void AssertListsTheSeededItems(SyndicationFeed feed, string url, string type, string culture)
    {
        Assert.Equal(culture, feed.Language);
        Assert.Equal("http://localhost" + url, feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal("http://localhost" + ListPath(type, culture), feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal(Seeded(type, culture), feed.Items.Select(i => (i.Id, i.Title.Text, Link(i))).Order());
    }

    static string ListPath(string type, string culture) => (culture == "en" ? "/en/" : "/") + type;

    static string Link(SyndicationItem item) => item.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString();

    static IEnumerable<(string Id, string Title, string Url)> Seeded(string type, string culture) => SeededItem.All
        .Where(i => i.Folder == FeedReader.Folders[type])
        .Select(i => ("urn:uuid:" + i.Id, i.Cultures[culture].Title, "http://localhost" + i.Url(culture)))
        .Order();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
