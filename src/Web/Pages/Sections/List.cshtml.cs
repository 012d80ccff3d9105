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
public sealed class ListModel(ContentDelivery delivery, ListCache lists) : SitePageModel
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

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken cancellationToken)
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
        Results = await lists.QueryAsync(type, Culture, Filters.Query, Filters.Page, cancellationToken);
        if (Results.Number > Results.PageCount)
        {
            return NotFound();
        }

        CanonicalPath = PageUrl(Results.Number);
        await CountFacetsAsync(cancellationToken);
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

    async Task CountFacetsAsync(CancellationToken cancellationToken)
    {
        switch (Filters.Query)
        {
            case NewsQuery news:
                NewsFacets = await lists.FacetsAsync(Type, Culture, news, cancellationToken);
                break;
            case ForumQuery forum:
                ForumFacets = await lists.FacetsAsync(Type, Culture, forum, cancellationToken);
                break;
            case StandardQuery standard:
                StandardFacets = await lists.FacetsAsync(Type, Culture, standard, cancellationToken);
                break;
            case CourseQuery course:
                CourseFacets = await lists.FacetsAsync(Type, Culture, course, cancellationToken);
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
