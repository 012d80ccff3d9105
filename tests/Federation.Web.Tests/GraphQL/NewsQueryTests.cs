using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>News through GraphQL: every field, the culture argument, filters, paging and cursors.</summary>
public sealed class NewsQueryTests
{
    static async Task<(FederationSite Site, GraphQLClient Client)> SiteWithNewsAsync(int count)
    {
        var site = new FederationSite();
        for (var n = 1; n <= count; n++)
        {
            await PublishNewsAsync(site, n);
        }

        return (site, new GraphQLClient(site.CreateClient()));
    }

    static Task PublishNewsAsync(FederationSite site, int n) => site.PublishAsync(
        Publishing.Document(ContentType.News, new NewsFields { Category = n % 2 == 0 ? NewsCategory.Notice : NewsCategory.Policy },
            new NewsText { Title = $"接口测试新闻 {n:00}", Slug = $"api-news-{n:00}", Tags = n % 3 == 0 ? ["三的倍数"] : [], Body = $"<p>正文 {n}</p>", Byline = "王撰文" },
            new NewsText { Title = $"API news {n:00}", Slug = $"api-news-{n:00}-en" }));

    [Fact]
    public async Task NewsItem_BySlug_HasEveryField_InTheCultureAskedFor()
    {
        var (site, client) = await SiteWithNewsAsync(1);
        await using var _ = site;

        var data = await client.DataAsync("""
            { zh: newsItem(slug: "api-news-01") { id title slug body byline category featured tags culture url }
              en: newsItem(slug: "api-news-01-en", culture: EN) { title slug culture url }
              none: newsItem(slug: "no-such-news") { title } }
            """);

        Assert.Equal("接口测试新闻 01", data["zh"]!["title"]!.GetValue<string>());
        Assert.Equal("<p>正文 1</p>", data["zh"]!["body"]!.GetValue<string>());
        Assert.Equal("王撰文", data["zh"]!["byline"]!.GetValue<string>());
        Assert.Equal("POLICY", data["zh"]!["category"]!.GetValue<string>());
        Assert.Equal("ZH_CN", data["zh"]!["culture"]!.GetValue<string>());
        Assert.EndsWith("/news/api-news-01", data["zh"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("API news 01", data["en"]!["title"]!.GetValue<string>());
        Assert.EndsWith("/en/news/api-news-01-en", data["en"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(data["none"]);
    }

    [Fact]
    public async Task Filters_NarrowTheList_AndTotalCountCountsTheMatches()
    {
        var (site, client) = await SiteWithNewsAsync(7);
        await using var _ = site;

        var data = await client.DataAsync("""
            { notices: news(category: NOTICE, first: 100) { totalCount edges { node { slug } } }
              tagged: news(tag: "三的倍数") { totalCount edges { node { slug } } } }
            """);

        var notices = data["notices"]!["edges"]!.AsArray().Select(e => e!["node"]!["slug"]!.GetValue<string>()).ToList();
        Assert.Equal(["api-news-02", "api-news-04", "api-news-06"], notices.Where(s => s.StartsWith("api-news", StringComparison.Ordinal)).Order());
        Assert.Equal(notices.Count, data["notices"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, data["tagged"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Paging_ForwardAndBackward_VisitsEveryItemOnce()
    {
        var (site, client) = await SiteWithNewsAsync(5);
        await using var _ = site;
        var total = (await client.DataAsync("{ news { totalCount } }"))["news"]!["totalCount"]!.GetValue<int>();

        var forward = new List<string>();
        string? after = null;
        var more = true;
        while (more)
        {
            var page = (await client.DataAsync("query($after: String) { news(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }", new { after }))["news"]!;
            forward.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["slug"]!.GetValue<string>()));
            more = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }

        var last = (await client.DataAsync("{ news(last: 2) { edges { node { slug } } pageInfo { hasPreviousPage hasNextPage } } }"))["news"]!;
        var empty = (await client.DataAsync("query($after: String) { news(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }", new { after }))["news"]!;

        Assert.Equal(total, forward.Count);
        Assert.Equal(total, forward.Distinct().Count());
        Assert.Equal(forward[^2..], last["edges"]!.AsArray().Select(e => e!["node"]!["slug"]!.GetValue<string>()));
        Assert.True(last["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Empty(empty["edges"]!.AsArray());
    }

    [Fact]
    public async Task AStaleCursor_FromBeforeItemsWereUnpublished_GivesTheRestOfTheList_OrAnEmptyPage()
    {
        var (site, client) = await SiteWithNewsAsync(3);
        await using var _ = site;
        const string Page = "query($after: String) { news(first: 100, after: $after, tag: \"三的倍数\") { totalCount edges { node { slug } } pageInfo { hasNextPage hasPreviousPage } } }";
        var all = (await client.DataAsync("{ news(first: 100) { edges { cursor node { slug } } } }"))["news"]!["edges"]!.AsArray();
        var lastCursor = all[^1]!["cursor"]!.GetValue<string>();
        var ids = (await client.DataAsync("{ news(first: 100) { edges { node { id slug } } } }"))["news"]!["edges"]!.AsArray()
            .Select(e => e!["node"]!).Where(n => n["slug"]!.GetValue<string>().StartsWith("api-news", StringComparison.Ordinal)).ToList();
        foreach (var node in ids)
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(node["id"]!.GetValue<string>()));
            await site.UnpublishAsync(Guid.ParseExact(text.Split(':')[1], "N"));
        }

        var afterUnpublish = (await client.DataAsync("query($after: String) { news(first: 100, after: $after) { edges { node { slug } } pageInfo { hasNextPage hasPreviousPage } } }", new { after = lastCursor }))["news"]!;
        var filtered = (await client.DataAsync(Page, new { after = (string?)null }))["news"]!;

        // The cursor pointed past the end of a list that has since shrunk: an empty page that says there is nothing after it.
        Assert.Empty(afterUnpublish["edges"]!.AsArray());
        Assert.False(afterUnpublish["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(afterUnpublish["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(0, filtered["totalCount"]!.GetValue<int>());
        Assert.Empty(filtered["edges"]!.AsArray());
    }

    [Fact]
    public async Task AGetQuery_ShowsAPublishAtOnce()
    {
        var (site, client) = await SiteWithNewsAsync(1);
        await using var _ = site;
        const string Query = "{ newsItem(slug: \"api-news-02\") { title } }";

        var (_, before) = await client.GetAsync(Query);
        await PublishNewsAsync(site, 2);
        var (_, after) = await client.GetAsync(Query);

        Assert.Null(before["data"]!["newsItem"]);
        Assert.Equal("接口测试新闻 02", after["data"]!["newsItem"]!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ news(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ news(before: \"bm9wZQ==\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ news(first: 101) { totalCount } }", "INVALID_PAGE_SIZE")]
    [InlineData("{ news(last: -1) { totalCount } }", "INVALID_PAGE_SIZE")]
    public async Task ForgedCursorsAndSizes_AreErrorsNamingTheArgument(string query, string code)
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var (response, body) = await client.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]!["news"]);
    }
}
