using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Federation.Web.Site;
using Federation.Web.Site.Lists;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Web.Pages.Sections;

/// <summary>
/// The list page of a section (news, forums, standards, training, brand), in pages of 20, with the
/// filters its readers ask for: news by category and tag, forums upcoming or past, the standards
/// catalogue by status, domain and year in a chosen order, courses by kind, occupation, level and
/// open registration.
/// </summary>
public sealed class ListModel(ContentDelivery delivery) : SitePageModel
{
    internal ContentType Type { get; private set; }

    internal ListRequest Filters { get; private set; } = new(new ListQuery(), 1, []);

    internal ResultPage<PublishedItem> Results { get; private set; } = ResultPage.Of<PublishedItem>([], 1, 1);

    internal NewsFacets? NewsFacets { get; private set; }

    internal ForumFacets? ForumFacets { get; private set; }

    internal StandardFacets? StandardFacets { get; private set; }

    internal CourseFacets? CourseFacets { get; private set; }

    /// <summary>Groups shown under their own heading: forums upcoming, unscheduled and past; the brand by kind.</summary>
    internal IReadOnlyList<(string? Heading, IReadOnlyList<PublishedItem> Items)> Groups { get; private set; } = [];

    internal ListLabels ListLabels => ListLabels.For(Culture);

    internal string BaseUrl => ContentRoutes.List(Type, Culture);

    /// <summary>The URL of this list narrowed by <paramref name="query"/>, from its first page.</summary>
    internal string UrlWith(ListQuery query) => ListRequest.Url(BaseUrl, query);

    internal string PageUrl(int page) => Filters.PageUrl(BaseUrl, page);

    public IActionResult OnGet(string section)
    {
        if (!SiteSection.TryGetType(section, out var type))
        {
            return NotFound();
        }

        Type = type;
        Section = section;
        Api.Caching.CacheTags.Tag(HttpContext, Api.Caching.CacheTags.Type(type));
        if (Api.Caching.CacheTags.ChangesWithTime(type))
        {
            Api.Caching.CacheTags.ExpireWithin(HttpContext, Api.Caching.CacheTags.TimeDependent);
        }

        AlternateUrl = ContentRoutes.List(type, OtherCulture);
        Filters = ListRequest.Parse(type, Request.Query, ListLabels);
        Results = delivery.Query(type, Culture, Filters.Query, Filters.Page);
        if (Results.Number > Results.PageCount)
        {
            return NotFound();
        }

        CanonicalPath = PageUrl(Results.Number);
        CountFacets();
        Groups = type switch
        {
            ContentType.Showcase => [.. Results.Items.GroupBy(i => i.Fields<ShowcaseFields>().Kind).Select(g => ((string?)Heading(g.Key), (IReadOnlyList<PublishedItem>)[.. g]))],
            ContentType.Forum => [.. Results.Items.GroupBy(delivery.TimingOf).Select(g => ((string?)Heading(g.Key), (IReadOnlyList<PublishedItem>)[.. g]))],
            _ => [(null, Results.Items)],
        };
        if (Filters.Problems.Count > 0)
        {
            // The reader still gets the list, with what could be read; the status tells machines the URL was wrong.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Indexable = false;
        }

        return Page();
    }

    void CountFacets()
    {
        switch (Filters.Query)
        {
            case NewsQuery news:
                NewsFacets = delivery.Facets(Type, Culture, news);
                break;
            case ForumQuery forum:
                ForumFacets = delivery.Facets(Type, Culture, forum);
                break;
            case StandardQuery standard:
                StandardFacets = delivery.Facets(Type, Culture, standard);
                break;
            case CourseQuery course:
                CourseFacets = delivery.Facets(Type, Culture, course);
                break;
        }
    }

    string Heading(ShowcaseKind kind) => kind switch
    {
        ShowcaseKind.SpecialAction => Labels.SpecialActions,
        ShowcaseKind.NewConcept => Labels.NewConcepts,
        _ => Labels.BrandCases,
    };

    string Heading(ForumTiming? timing) => timing switch
    {
        ForumTiming.Upcoming => ListLabels.Upcoming,
        ForumTiming.Past => ListLabels.Past,
        _ => ListLabels.TimeNotAnnounced,
    };
}
