using Federation.Cms.Editing;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Partners;

/// <summary>Trusted GraphQL documents: registered by pasting them, listed with their ids, removed.</summary>
internal sealed class DocumentsModel(TrustedDocuments documents, PartnerRegistry registry) : PageModel
{
    public IReadOnlyList<TrustedDocumentRow> Documents { get; private set; } = [];

    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];

    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public string? Name { get; private set; }

    public string? Text { get; private set; }

    public Guid? PartnerId { get; private set; }

    public string? ExpectedId { get; private set; }

    public string? Added { get; private set; }

    public bool Removed { get; private set; }

    public async Task OnGetAsync(string? added, bool removed, CancellationToken cancellationToken)
    {
        Removed = removed;
        await LoadAsync(cancellationToken);
        // Only an id that is registered: the address cannot make the page claim another.
        Added = Documents.Any(d => d.Id == added) ? added : null;
    }

    public async Task<IActionResult> OnPostAddAsync(string? name, string? text, Guid? partnerId, string? expectedId, CancellationToken cancellationToken)
    {
        (var id, Problems) = await documents.AddAsync(Actor.From(User), name, text, partnerId, expectedId, cancellationToken);
        if (id is not null)
        {
            return Redirect("/cms/partners/documents?added=" + Uri.EscapeDataString(id));
        }

        (Name, Text, PartnerId, ExpectedId) = (name, text, partnerId, expectedId);
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string documentId, CancellationToken cancellationToken)
    {
        await documents.RemoveAsync(Actor.From(User), documentId, cancellationToken);
        return Redirect("/cms/partners/documents?removed=true");
    }

    async Task LoadAsync(CancellationToken cancellationToken)
    {
        var actor = Actor.From(User);
        Documents = await documents.ListAsync(actor, cancellationToken);
        Partners = await registry.ListAsync(actor, cancellationToken);
    }
}
