using Federation.Cms.Editing;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Partners;

/// <summary>The partner sites that use the API; administrators register new ones here.</summary>
internal sealed class IndexModel(PartnerRegistry registry) : PageModel
{
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];

    public PartnerInput Input { get; private set; } = new(null, null, null, null, PartnerRules.DefaultCostPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), Active: true);

    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Partners = await registry.ListAsync(Actor.From(User), cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? name, string? contact, string? notes, string? allowedOrigins, string? costPerMinute, bool active, CancellationToken cancellationToken)
    {
        Input = new PartnerInput(name, contact, notes, allowedOrigins, costPerMinute, active);
        (var id, Problems) = await registry.CreateAsync(Actor.From(User), Input, cancellationToken);
        if (id is not null)
        {
            return Redirect($"/cms/partners/{id}?done=created");
        }

        Partners = await registry.ListAsync(Actor.From(User), cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
