using System.Net;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Search;

/// <summary>The search box on every page and the /search page it leads to.</summary>
public sealed class SearchPageTests(FederationSite site) : IClassFixture<FederationSite>
{
    [Theory]
    [InlineData("/", "/search")]
    [InlineData("/standards", "/search")]
    [InlineData("/news/interview-zheng-huiqiang", "/search")]
    [InlineData("/no-such-page", "/search")]
    [InlineData("/en/about/platforms", "/en/search")]
    public async Task EveryPage_HasASearchBoxThatGoesToTheSearchPage(string url, string action)
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), url);

        var form = page.QuerySelector("header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal(action, form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.NotNull(page.QuerySelector($"label[for={input.Id}]"));
    }

    [Fact]
    public async Task Search_FindsTheThirteenSpecialActionsAndMarksTheWords()
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/search?q=" + Uri.EscapeDataString("专项行动") + "&type=brand");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = page.QuerySelectorAll(".search-results h2").Select(h => h.Text()).ToList();
        Assert.Equal(13, titles.Count(t => t.EndsWith("专项行动", StringComparison.Ordinal)));
        Assert.All(page.QuerySelectorAll(".search-results mark"), m => Assert.Equal("专项行动", m.Text()));
        Assert.Equal("“专项行动”的搜索结果", page.QuerySelector("main h1").Text());
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Search_InEnglishFindsEnglishTextAndCountsHitsPerSection()
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), "/en/search?q=standard");

        var tabs = page.QuerySelectorAll(".filter-tabs a").Select(a => a.ChildNodes[0].TextContent.Trim()).ToList();
        Assert.Contains("Group standards", tabs);
        Assert.Contains(
            "Guide to Drafting Shanghai Modern Service Industry Group Standards",
            page.QuerySelectorAll(".search-results h2").Select(h => h.Text()));
        Assert.All(page.QuerySelectorAll(".search-results h2 a"), a => Assert.StartsWith("/en/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    [InlineData("%EF%BC%8C%E3%80%82%EF%BC%81%3F%21")]
    [InlineData("title%3A%28%E6%A0%87%E5%87%86+AND+%2A%29%5E2+~%5B")]
    [InlineData("%22%E6%A0%87%E5%87%86")]
    [InlineData("%E6%A0%87%E5%87%86%22%22%22")]
    public async Task OddQueries_GiveANormalPage(string query)
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/search?q=" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main form[role=search]"));
    }

    [Fact]
    public async Task AVeryLongQuery_GivesANormalPage()
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/search?q=" + string.Concat(Enumerable.Repeat("%E6%A0%87", 10_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(256, page.QuerySelector("#search-page-q")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task NothingFound_SaysSoInTheReadersLanguage()
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), "/en/search?q=xylophone");

        Assert.Equal("Nothing was found for “xylophone”. Try other words.", page.QuerySelector("main .empty").Text());
    }
}
