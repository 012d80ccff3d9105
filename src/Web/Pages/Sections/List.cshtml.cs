using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Federation.Web.Site;
using Microsoft.AspNetCore.Mvc;

namespace Federation.Web.Pages.Sections;

/// <summary>The list page of a section (news, forums, standards, training, brand), in pages of 20.</summary>
public sealed class ListModel(ContentDelivery delivery) : SitePageModel
{
    internal ContentType Type { get; private set; }

    internal ResultPage<PublishedItem> Results { get; private set; } = ResultPage.Of<PublishedItem>([], 1, 1);

    /// <summary>Groups shown under their own heading: forums by upcoming and past, the brand by kind.</summary>
    internal IReadOnlyList<(string? Heading, IReadOnlyList<PublishedItem> Items)> Groups { get; private set; } = [];

    internal string BaseUrl => ContentRoutes.List(Type, Culture);

    public IActionResult OnGet(string section, [FromQuery(Name = "page")] string? pageNumber)
    {
        if (!SiteSection.TryGetType(section, out var type))
        {
            return NotFound();
        }

        Type = type;
        Section = section;
        AlternateUrl = ContentRoutes.List(type, OtherCulture);
        Results = delivery.List(type, int.TryParse(pageNumber, out var number) ? number : 1);
        CanonicalPath = Results.Number > 1 ? $"{BaseUrl}?page={Results.Number}" : BaseUrl;
        Groups = type == ContentType.Showcase
            ? [.. Results.Items.GroupBy(i => i.Fields<ShowcaseFields>().Kind).Select(g => ((string?)Heading(g.Key), (IReadOnlyList<PublishedItem>)[.. g]))]
            : [(null, Results.Items)];
        return Page();
    }

    string Heading(ShowcaseKind kind) => kind switch
    {
        ShowcaseKind.SpecialAction => Labels.SpecialActions,
        ShowcaseKind.NewConcept => Labels.NewConcepts,
        _ => Labels.BrandCases,
    };
}
