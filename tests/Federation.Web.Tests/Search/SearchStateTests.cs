using System.Net;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Api.Search.Indexing;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Search;

/// <summary>What readers see while the first index is built and while the engine is down: a notice in the site's design, never an error page, and nothing kept in the cache.</summary>
public sealed class SearchStateTests
{
    /// <summary>Search that answers empty in the state the test sets; ready at first, so the site starts.</summary>
    sealed class SearchInState : ISiteSearch
    {
        public SearchState State { get; set; } = SearchState.Ready;

        public Task<SiteSearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new SiteSearchResults([], 0, SearchFacets.None, State));

        public Task<SiteSuggestions> SuggestAsync(string text, string culture, int count, CancellationToken cancellationToken = default) =>
            Task.FromResult(new SiteSuggestions([], State));
    }

    /// <summary>A started site whose search answers in the state the test sets, once its real index is built (so none is left building when the site goes).</summary>
    static async Task<(FederationSite Site, SearchInState Search)> StartAsync()
    {
        var search = new SearchInState();
        var site = FederationSite.With(new Dictionary<string, string>(), services => services.AddSingleton<ISiteSearch>(search));
        var index = site.Services.GetRequiredService<SearchIndex>();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); !index.IsReady && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(20);
        }

        return (site, search);
    }

    [Theory]
    [InlineData("/search?q=%E6%A0%87%E5%87%86", "搜索索引正在建立，稍后即可使用，请过一会儿再试。")]
    [InlineData("/en/search?q=standard", "The search index is being built. It will be ready shortly; please try again in a moment.")]
    public async Task WhileTheIndexIsBuilt_ThePageSaysSo_AndIsNotKept(string url, string notice)
    {
        var (site, search) = await StartAsync();
        await using var _ = site;
        var client = site.CreateClient();
        search.State = SearchState.Building;

        var (building, page) = await Html.GetAsync(client, url);
        search.State = SearchState.Ready;
        var (_, ready) = await Html.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, building.StatusCode);
        Assert.Equal(notice, page.QuerySelector("main .notice[role=status]").Text());
        Assert.Contains("no-store", building.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header form[role=search]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(ready.QuerySelector("main .notice"));
    }

    [Theory]
    [InlineData("/search?q=%E6%A0%87%E5%87%86", "搜索服务暂时不可用，请稍后再试。您也可以从上方的栏目浏览全部内容。")]
    [InlineData("/en/search?q=standard", "Search is unavailable just now; please try again later. Every section can still be browsed from the menu above.")]
    public async Task WhenTheEngineIsDown_ThePageSaysSoInTheSitesDesign_With503(string url, string notice)
    {
        var (site, search) = await StartAsync();
        await using var _ = site;
        search.State = SearchState.Unavailable;

        var (response, page) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(notice, page.QuerySelector("main .notice[role=alert]").Text());
        Assert.NotNull(page.QuerySelector("nav.site-nav"));
        Assert.NotNull(page.QuerySelector("main form[role=search]"));
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Theory]
    [InlineData(SearchState.Building)]
    [InlineData(SearchState.Unavailable)]
    public async Task Suggestions_WhileSearchCannotAnswer_AreEmptyAndNotKept(SearchState state)
    {
        var (site, search) = await StartAsync();
        await using var _ = site;
        search.State = state;

        var response = await site.CreateClient().GetAsync("/search/suggest?q=" + Uri.EscapeDataString("专项"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("""{"query":"专项","suggestions":[]}""", await response.Content.ReadAsStringAsync());
    }
}
