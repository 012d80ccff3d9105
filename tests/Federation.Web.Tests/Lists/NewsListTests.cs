using System.Net;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Lists;

/// <summary>新闻动态 by category and tag, page by page: exactly the matching items, no more, no fewer.</summary>
public sealed class NewsListTests
{
    const string Tag = "长三角一体化";

    [Fact]
    public async Task CategoryAndTagFilters_ListExactlyTheMatchingItemsOnEveryPage()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var created = await PublishNewsAsync(site);

        Assert.Equal(Titles(created, n => n.Category == NewsCategory.Policy), Sorted(await ListPages.TitlesAsync(client, "/news?category=policy")));
        Assert.Equal(Titles(created, n => n.Category == NewsCategory.Notice), Sorted(await ListPages.TitlesAsync(client, "/news?category=notice")));
        Assert.Equal(Titles(created, n => n.Tagged), Sorted(await ListPages.TitlesAsync(client, "/news?tag=" + Uri.EscapeDataString(Tag))));
        Assert.Equal(
            Titles(created, n => n.Tagged && n.Category == NewsCategory.Policy),
            Sorted(await ListPages.TitlesAsync(client, $"/news?category=policy&tag={Uri.EscapeDataString(Tag)}")));
        var all = await ListPages.TitlesAsync(client, "/news");
        Assert.Equal(created.Count + 2, all.Count);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Pager_KeepsTheFilterAndStopsAtTheLastPage()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var created = await PublishNewsAsync(site);
        var policy = created.Count(n => n.Category == NewsCategory.Policy);

        var (_, first) = await Html.GetAsync(client, "/news?category=policy");
        var (_, second) = await Html.GetAsync(client, "/news?category=policy&page=2");
        var beyond = await client.GetAsync("/news?category=policy&page=3");

        Assert.Equal(20, first.QuerySelectorAll(".item-card").Length);
        Assert.Equal("/news?category=policy&page=2", first.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(policy - 20, second.QuerySelectorAll(".item-card").Length);
        Assert.Equal("/news?category=policy", second.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Equal("2", second.QuerySelector(".pager a[aria-current=page]").Text());
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task CategoryTabs_CountWhatEachCategoryWouldList_AndMarkTheCurrentOne()
    {
        await using var site = new FederationSite();
        var created = await PublishNewsAsync(site);

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/news?category=notice");

        var tabs = page.QuerySelectorAll(".filter-tabs a").ToDictionary(a => a.ChildNodes[0].TextContent.Trim(), a => a);
        Assert.Equal(created.Count(n => n.Category == NewsCategory.Policy).ToString(System.Globalization.CultureInfo.InvariantCulture), tabs["政策解读"].QuerySelector(".count").Text());
        Assert.Equal("1", tabs["专访"].QuerySelector(".count").Text());
        Assert.Equal("true", tabs["通知公告"].GetAttribute("aria-current"));
        Assert.Equal("/news?category=policy", tabs["政策解读"].GetAttribute("href"));
        Assert.Equal("/news", tabs["全部"].GetAttribute("href"));
    }

    [Fact]
    public async Task TagOnADetailPage_LeadsToTheListOfThatTag()
    {
        await using var site = new FederationSite();
        await PublishNewsAsync(site);
        var client = site.CreateClient();

        var (_, detail) = await Html.GetAsync(client, "/news/filter-news-02");
        var href = detail.QuerySelector($".tags a.tag")!.GetAttribute("href")!;
        var (_, list) = await Html.GetAsync(client, href);

        Assert.Equal("/news?tag=" + Uri.EscapeDataString(Tag), href);
        Assert.Equal(Tag, list.QuerySelector(".active-filter strong").Text());
        Assert.Equal("/news", list.QuerySelector(".active-filter a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/news?category=gossip", "gossip")]
    [InlineData("/news?page=abc", "abc")]
    [InlineData("/en/news?category=1", "1")]
    public async Task UnreadableFilter_Answers400WithTheReasonAndStillShowsTheList(string url, string value)
    {
        await using var site = new FederationSite();

        var (response, page) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(value, page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".item-card").Length);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    sealed record Created(string Title, NewsCategory Category, bool Tagged);

    // 45 items: two in three are 政策解读 and the rest 通知公告; every even one is tagged.
    static async Task<List<Created>> PublishNewsAsync(FederationSite site)
    {
        var created = new List<Created>();
        for (var i = 1; i <= 45; i++)
        {
            var item = new Created($"测试新闻 {i:00}", i % 3 == 0 ? NewsCategory.Notice : NewsCategory.Policy, i % 2 == 0);
            await site.PublishAsync(
                new NewsFields { Category = item.Category },
                new NewsText { Title = item.Title, Slug = $"filter-news-{i:00}", Tags = item.Tagged ? [Tag] : [] });
            created.Add(item);
        }

        return created;
    }

    static List<string> Titles(List<Created> created, Func<Created, bool> match) => Sorted(created.Where(match).Select(c => c.Title));

    static List<string> Sorted(IEnumerable<string> titles) => [.. titles.Order(StringComparer.Ordinal)];
}
