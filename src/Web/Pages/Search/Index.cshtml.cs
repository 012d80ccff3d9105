using System.Globalization;
using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Web.Site;
using Federation.Web.Site.Lists;

namespace Federation.Web.Pages.Search;

/// <summary>
/// <c>/search?q=</c>: the site's search in the reader's culture, in pages of 20, narrowed by section,
/// year and tag with a count beside each choice, best match or newest first.
/// </summary>
public sealed class IndexModel(ISiteSearch search) : SitePageModel
{
    const int PageSize = 20;

    internal SearchPageQuery Query { get; private set; } = new();

    internal SiteSearchResults? Results { get; private set; }

    internal ResultPage<SiteSearchHit>? Hits { get; private set; }

    internal SearchLabels SearchLabels => SearchLabels.For(Culture);

    /// <summary>The URL of <paramref name="query"/> in the reader's culture.</summary>
    internal string SearchUrl(SearchPageQuery query) => query.Url(Culture);

    /// <summary>The URL of this search narrowed or widened as <paramref name="query"/> says, from its first page.</summary>
    internal string UrlWith(SearchPageQuery query) => SearchUrl(query with { Page = 1 });

    internal string PageUrl(int page) => SearchUrl(Query with { Page = page });

    /// <summary>The years to choose from with their counts, the chosen one kept even when nothing matches it, so the form never forgets it.</summary>
    internal IReadOnlyList<FacetValue<int>> YearChoices =>
        FacetOptions.With([.. (Results?.Facets.Years ?? []).Select(y => new FacetValue<int>(y.Value, y.Count))], Query.Year);

    /// <summary>The tags to choose from with their counts, most first, the chosen one kept as <see cref="YearChoices"/> keeps its year.</summary>
    internal IReadOnlyList<FacetValue<string>> TagChoices =>
        FacetOptions.With([.. (Results?.Facets.Tags ?? []).Select(t => new FacetValue<string>(t.Value, t.Count))], Query.Tag);

    /// <summary>The chosen year and tag, each with the URL of these results without it.</summary>
    internal IReadOnlyList<(string Label, string Value, string RemoveUrl)> ChosenFilters
    {
        get
        {
            var chosen = new List<(string, string, string)>();
            if (Query.Year is { } year)
            {
                chosen.Add((SearchLabels.Year, year.ToString(CultureInfo.InvariantCulture), UrlWith(Query with { Year = null })));
            }

            if (Query.Tag is { } tag)
            {
                chosen.Add((SearchLabels.Tag, tag, UrlWith(Query with { Tag = null })));
            }

            return chosen;
        }
    }

    public async Task OnGetAsync()
    {
        // Results can come from anything published.
        Api.Caching.CacheTags.Tag(HttpContext, Api.Caching.CacheTags.AllTypes);
        Api.Caching.CacheTags.ExpireWithin(HttpContext, Api.Caching.CacheTags.TimeDependent);
        Query = SearchPageQuery.Parse(Request.Query);
        if (Query.Text.Length > 0)
        {
            Results = await search.SearchAsync(Query.ToRequest(Culture, PageSize), HttpContext.RequestAborted);
            if (Results.Hits.Count == 0 && Results.Total > 0 && Query.Page > 1)
            {
                // A page past the end (an old link, a hand-made URL) is ignored like any other value that does not fit.
                Query = Query with { Page = 1 };
                Results = await search.SearchAsync(Query.ToRequest(Culture, PageSize), HttpContext.RequestAborted);
            }

            Hits = new ResultPage<SiteSearchHit>(Results.Hits, Query.Page, PageSize, Results.Total);
            switch (Results.State)
            {
                case SearchState.Building:
                    // Answers in a moment: never kept, so the first reader after the build sees results.
                    Response.Headers.CacheControl = "no-store";
                    break;
                case SearchState.Unavailable:
                    Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    Response.Headers.RetryAfter = "60";
                    break;
            }
        }

        // Tags are words of one culture: the other culture's page keeps everything else.
        AlternateUrl = (Query with { Tag = null, Page = 1 }).Url(OtherCulture);
        CanonicalPath = SearchUrl(Query);
        // Result pages are for readers, not for search engines' indexes.
        Indexable = false;
    }
}
