using Federation.Cms.Editing;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Partners;

/// <summary>One partner: its details, API keys and webhooks. A new key or webhook secret is shown in the answer to the post that made it, and never again.</summary>
internal sealed class EditModel(PartnerRegistry registry, WebhookRegistry webhooks) : PageModel
{
    public PartnerDetails? Partner { get; private set; }

    public PartnerInput Input { get; private set; } = new(null, null, null, null, null, Active: true);

    public WebhookInput WebhookInput { get; private set; } = PartnerWords.NewWebhook;

    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    /// <summary>Which form the problems belong to: <c>partner</c>, <c>key</c> or <c>webhook</c>.</summary>
    public string? FailedForm { get; private set; }

    public NewApiKey? NewKey { get; private set; }

    public IReadOnlyList<ValidationProblem> ProblemsOf(string form) => FailedForm == form ? Problems : [];

    public (WebhookRow Webhook, string Secret)? NewWebhook { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "created" => "合作伙伴已创建。现在可以为它新建 API 密钥和 Webhook。",
            "saved" => "已保存。",
            "revoked" => "密钥已吊销。",
            "webhook-deleted" => "Webhook 已删除。",
            _ => null,
        };
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? name, string? contact, string? notes, string? allowedOrigins, string? costPerMinute, bool active, CancellationToken cancellationToken)
    {
        var input = new PartnerInput(name, contact, notes, allowedOrigins, costPerMinute, active);
        var problems = await registry.UpdateAsync(Actor.From(User), id, input, cancellationToken);
        if (problems.Count == 0)
        {
            return Redirect($"/cms/partners/{id}?done=saved");
        }

        return await RefuseAsync(id, "partner", problems, cancellationToken, input);
    }

    public async Task<IActionResult> OnPostCreateKeyAsync(Guid id, string? label, CancellationToken cancellationToken)
    {
        var (key, problems) = await registry.CreateKeyAsync(Actor.From(User), id, label, cancellationToken);
        if (key is null)
        {
            return await RefuseAsync(id, "key", problems, cancellationToken);
        }

        NewKey = key;
        return await ShowSecretAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid id, Guid keyId, CancellationToken cancellationToken)
    {
        await registry.RevokeKeyAsync(Actor.From(User), id, keyId, cancellationToken);
        return Redirect($"/cms/partners/{id}?done=revoked");
    }

    public async Task<IActionResult> OnPostCreateWebhookAsync(
        Guid id, string? url, bool onPublished, bool onUnpublished, string[]? contentTypes, bool active, CancellationToken cancellationToken)
    {
        var input = new WebhookInput(url, onPublished, onUnpublished, contentTypes ?? [], active);
        var (webhook, secret, problems) = await webhooks.CreateAsync(Actor.From(User), id, input, cancellationToken);
        if (webhook is null)
        {
            WebhookInput = input;
            return await RefuseAsync(id, "webhook", problems, cancellationToken);
        }

        NewWebhook = (webhook, secret!);
        return await ShowSecretAsync(id, cancellationToken);
    }

    async Task<IActionResult> ShowSecretAsync(Guid id, CancellationToken cancellationToken)
    {
        // The answer carries a secret in clear: no cache, no history copy, keeps it.
        // The same headers antiforgery sets on a page with a form, so it need not override (and warn).
        (Response.Headers.CacheControl, Response.Headers.Pragma) = ("no-cache, no-store", "no-cache");
        return await ShowAsync(id, cancellationToken);
    }

    async Task<IActionResult> RefuseAsync(Guid id, string form, IReadOnlyList<ValidationProblem> problems, CancellationToken cancellationToken, PartnerInput? input = null)
    {
        (FailedForm, Problems) = (form, problems);
        var page = await ShowAsync(id, cancellationToken);
        Input = input ?? Input;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Partner = await registry.FindAsync(Actor.From(User), id, cancellationToken);
        if (Partner is null)
        {
            return NotFound();
        }

        Input = Partner.AsInput();
        return Page();
    }
}
