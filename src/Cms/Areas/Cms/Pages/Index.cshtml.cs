using Federation.Cms.Catalogue;
using Federation.Cms.Content;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages;

/// <summary>The dashboard: how much of each type stands in each status, and what waits for review.</summary>
internal sealed class IndexModel(ItemCatalogue catalogue) : PageModel
{
    public IReadOnlyDictionary<(ContentType Type, ContentStatus Status), int> Counts { get; private set; } = new Dictionary<(ContentType, ContentStatus), int>();

    public IReadOnlyList<CatalogueRow> InReview { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var actor = Actor.From(User);
        Counts = await catalogue.CountAsync(actor);
        InReview = await catalogue.InReviewAsync(actor, 20);
    }
}
