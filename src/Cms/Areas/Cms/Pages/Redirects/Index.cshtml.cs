using Federation.Cms.Redirects;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Redirects;

/// <summary>Old addresses of items whose slug changed after they went live; editors remove them here.</summary>
internal sealed class IndexModel(RedirectList redirects) : PageModel
{
    public RedirectPage Found { get; private set; } = new([], 0);

    public string? Text { get; private set; }

    public bool Removed { get; private set; }

    public bool CanRemove => Actor.From(User).Can(CmsCapability.Publish);

    public async Task<IActionResult> OnGetAsync(string? q, bool removed, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return BadRequest("page must be 1 or more");
        }

        (Text, Removed) = (q, removed);
        Found = await redirects.ListAsync(Actor.From(User), q, page, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken)
    {
        await redirects.RemoveAsync(Actor.From(User), id, cancellationToken);
        return Redirect("/cms/redirects?removed=true");
    }
}
