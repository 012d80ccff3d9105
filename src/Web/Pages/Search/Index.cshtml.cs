using Federation.Api.Delivery;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Web.Site;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Web.Pages.Search;

/// <summary><c>/search?q=</c>: the site's search in the reader's culture, narrowed by section, in pages of 20.</summary>
public sealed class IndexModel(ISiteSearch search) : SitePageModel
{
    const int PageSize = 20;

    internal string Query { get; private set; } = "";

    internal ContentType? Type { get; private set; }

    internal SiteSearchResults? Results { get; private set; }

    internal ResultPage<SiteSearchHit>? Hits { get; private set; }

    internal SearchLabels SearchLabels => SearchLabels.For(Culture);

    internal string SearchUrl(string culture, ContentType? type, int page = 1)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("q", Query) };
        if (type is { } t)
        {
            pairs.Add(new("type", ContentRoutes.Segment(t)));
        }

        if (page > 1)
        {
            pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return SiteCulture.Localize("/search", culture) + QueryString.Create(pairs);
    }

    internal string PageUrl(int page) => SearchUrl(Culture, Type, page);

    public async Task OnGetAsync([FromQuery(Name = "q")] string? q, [FromQuery(Name = "type")] string? type, [FromQuery(Name = "page")] string? page)
    {
        // Results can come from anything published.
        Api.Caching.CacheTags.Tag(HttpContext, Api.Caching.CacheTags.AllTypes);
        Api.Caching.CacheTags.ExpireWithin(HttpContext, Api.Caching.CacheTags.TimeDependent);
        Query = (q ?? "").Trim();
        if (Query.Length > SearchRequest.MaxLength)
        {
            Query = Query[..SearchRequest.MaxLength];
        }

        Type = ContentRoutes.FromSegment(type);
        var number = int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        if (Query.Length > 0)
        {
            Results = await search.SearchAsync(
                new SearchRequest { Text = Query, Culture = Culture, Types = Type is { } t ? [t] : [], Offset = (number - 1) * PageSize, Count = PageSize },
                HttpContext.RequestAborted);
            Hits = new ResultPage<SiteSearchHit>(Results.Hits, number, PageSize, Results.Total);
        }

        AlternateUrl = SearchUrl(OtherCulture, Type);
        CanonicalPath = SearchUrl(Culture, Type, number);
        // Result pages are for readers, not for search engines' indexes.
        Indexable = false;
    }
}
