using Federation.Cms.Editing;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Partners;

/// <summary>One webhook: its settings, a test event, a new secret, removal, and its delivery log with redelivery.</summary>
internal sealed class WebhookModel(WebhookRegistry webhooks) : PageModel
{
    public WebhookRow? Webhook { get; private set; }

    public string PartnerName { get; private set; } = "";

    public WebhookInput Input { get; private set; } = PartnerWords.NewWebhook;

    public IReadOnlyList<ValidationProblem> Problems { get; private set; } = [];

    public DeliveryPage Log { get; private set; } = new([], 0);

    public int LogPage { get; private set; } = 1;

    public string? NewSecret { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid webhookId, string? done, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return BadRequest("page must be 1 or more");
        }

        LogPage = page;
        Done = done switch
        {
            "saved" => "已保存。",
            "test" => "测试事件已排队，几秒内发送；结果见下方投递记录。",
            "redeliver" => "已重新排队，几秒内发送；结果见下方投递记录。",
            _ => null,
        };
        return await ShowAsync(id, webhookId, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(
        Guid id, Guid webhookId, string? url, bool onPublished, bool onUnpublished, string[]? contentTypes, bool active, CancellationToken cancellationToken)
    {
        var input = new WebhookInput(url, onPublished, onUnpublished, contentTypes ?? [], active);
        Problems = await webhooks.UpdateAsync(Actor.From(User), id, webhookId, input, cancellationToken);
        if (Problems.Count == 0)
        {
            return Redirect($"/cms/partners/{id}/webhooks/{webhookId}?done=saved");
        }

        var page = await ShowAsync(id, webhookId, cancellationToken);
        Input = input;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    public async Task<IActionResult> OnPostTestAsync(Guid id, Guid webhookId, CancellationToken cancellationToken)
    {
        await webhooks.SendTestAsync(Actor.From(User), id, webhookId, cancellationToken);
        return Redirect($"/cms/partners/{id}/webhooks/{webhookId}?done=test");
    }

    public async Task<IActionResult> OnPostRenewSecretAsync(Guid id, Guid webhookId, CancellationToken cancellationToken)
    {
        NewSecret = await webhooks.RenewSecretAsync(Actor.From(User), id, webhookId, cancellationToken);
        // The answer carries the secret in clear: nothing may keep it.
        // The same headers antiforgery sets on a page with a form, so it need not override (and warn).
        (Response.Headers.CacheControl, Response.Headers.Pragma) = ("no-cache, no-store", "no-cache");
        return await ShowAsync(id, webhookId, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid webhookId, CancellationToken cancellationToken)
    {
        await webhooks.DeleteAsync(Actor.From(User), id, webhookId, cancellationToken);
        return Redirect($"/cms/partners/{id}?done=webhook-deleted");
    }

    public async Task<IActionResult> OnPostRedeliverAsync(Guid id, Guid webhookId, Guid deliveryId, CancellationToken cancellationToken)
    {
        await webhooks.RedeliverAsync(Actor.From(User), id, webhookId, deliveryId, cancellationToken);
        return Redirect($"/cms/partners/{id}/webhooks/{webhookId}?done=redeliver");
    }

    async Task<IActionResult> ShowAsync(Guid id, Guid webhookId, CancellationToken cancellationToken)
    {
        var actor = Actor.From(User);
        if (await webhooks.FindAsync(actor, id, webhookId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Webhook, PartnerName) = found;
        Input = PartnerWords.AsInput(Webhook);
        Log = await webhooks.DeliveriesAsync(actor, webhookId, LogPage, cancellationToken);
        return Page();
    }
}
