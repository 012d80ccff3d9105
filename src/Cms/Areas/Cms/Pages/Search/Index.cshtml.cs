using Federation.Cms.Search;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Search;

/// <summary>
/// The site's search index on this node: its state, and a rebuild an administrator starts and
/// follows here. The folder's policy admits administrators only, and the service checks the actor again.
/// </summary>
internal sealed class IndexModel(ISearchMaintenance maintenance) : PageModel
{
    public SearchIndexView Index { get; private set; } = null!;

    public void OnGet() => Index = SearchIndexView.Of(maintenance.Status(Actor.From(User)));

    /// <summary>The state as JSON, which the screen asks for every half second while a rebuild runs.</summary>
    public JsonResult OnGetProgress()
    {
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(SearchIndexView.Of(maintenance.Status(Actor.From(User))));
    }

    /// <summary>Starts the rebuild and returns at once to the screen, which shows how far it has come.</summary>
    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken cancellationToken)
    {
        await maintenance.StartRebuildAsync(Actor.From(User), cancellationToken);
        return RedirectToPage();
    }
}
