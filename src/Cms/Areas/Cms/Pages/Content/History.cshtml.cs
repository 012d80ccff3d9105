using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Users;
using Federation.Cms.Versions;
using Federation.Cms.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Content;

/// <summary>An item's versions with who saved them and when; any two compared field by field; a rollback to any of them, saved as a new version.</summary>
internal sealed class HistoryModel(VersionHistory history, VersionComparison comparison, EditorialWorkflow workflow) : PageModel
{
    public ContentTypeInfo Type { get; private set; } = null!;

    public Guid ItemId { get; private set; }

    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public int? A { get; private set; }

    public int? B { get; private set; }

    public bool All { get; private set; }

    public IReadOnlyList<FieldChange>? Changes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string folder, Guid id, int? a, int? b, bool all, CancellationToken cancellationToken)
    {
        Actor.From(User).Demand(CmsCapability.EditContent);
        if (!await LoadAsync(folder, id, cancellationToken))
        {
            return NotFound();
        }

        All = all;
        (A, B) = (a, b);
        if (a is null || b is null)
        {
            // Opening the history compares the newest version with the one before it.
            (A, B) = Versions.Count >= 2 ? (Versions[1].Number, Versions[0].Number) : ((int?)null, (int?)null);
            if (a is not null || b is not null)
            {
                return BadRequest("Choose two versions, A and B.");
            }
        }

        if (A is { } older && B is { } newer)
        {
            if (Versions.All(v => v.Number != older) || Versions.All(v => v.Number != newer))
            {
                return NotFound();
            }

            Changes = await comparison.CompareAsync(ItemId, older, newer, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollBackAsync(string folder, Guid id, int version, int? basedOnVersion, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(folder, id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await workflow.RollBackAsync(Actor.From(User), id, version, basedOnVersion, cancellationToken);
        }
        catch (StaleVersionException)
        {
            return StatusCode(StatusCodes.Status409Conflict, "Someone saved a newer version while you looked at the history; reload it and choose again.");
        }

        return Redirect($"/cms/content/{Type.Folder}/{id}?done=rolledback");
    }

    async Task<bool> LoadAsync(string folder, Guid id, CancellationToken cancellationToken)
    {
        if (ContentTypeInfo.All.FirstOrDefault(t => t.Folder == folder) is not { } type
            || await history.FindItemAsync(id, cancellationToken) is not { } item || item.Type != type.Type)
        {
            return false;
        }

        (Type, ItemId) = (type, id);
        Versions = await history.ListAsync(id, cancellationToken);
        return true;
    }
}
