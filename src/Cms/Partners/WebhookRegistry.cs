using Federation.Cms.Audit;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Partners;

/// <summary>
/// What administrators do with a partner's webhooks: add, change, give a new secret, remove, read the
/// delivery log, send a delivery again or a test event. Every call checks the actor and is audited.
/// The sending itself is the Api's (<c>Federation.Api.Webhooks</c>); here deliveries are only queued.
/// </summary>
internal sealed class WebhookRegistry(ContentDbContextFactory store, WebhookSecrets secrets, AuditLog audit, TimeProvider time, IWebhookPayloads? payloads = null)
{
    public const int DeliveriesPerPage = 50;

    /// <summary>A webhook of a partner, with the partner's name; null when there is none.</summary>
    public async Task<(WebhookRow Webhook, string PartnerName)?> FindAsync(Actor actor, Guid partnerId, Guid webhookId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var found = await db.Webhooks.AsNoTracking().Include(w => w.Partner).SingleOrDefaultAsync(w => w.Id == webhookId && w.PartnerId == partnerId, cancellationToken);
        return found is null ? null : (WebhookRow.Of(found), found.Partner!.Name);
    }

    /// <summary>Adds a webhook. Its signing secret is in the answer and, in clear, nowhere else.</summary>
    /// <exception cref="ContentNotFoundException">No such partner.</exception>
    public async Task<(WebhookRow? Webhook, string? Secret, IReadOnlyList<ValidationProblem> Problems)> CreateAsync(
        Actor actor, Guid partnerId, WebhookInput input, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        var problems = PartnerRules.Check(input, out var types);
        if (problems.Count > 0)
        {
            return (null, null, problems);
        }

        var secret = WebhookSecrets.Generate();
        var now = time.GetUtcNow();
        var webhook = new WebhookRecord { Id = Guid.CreateVersion7(now), PartnerId = partnerId, ProtectedSecret = secrets.Protect(secret), CreatedAt = now, CreatedBy = actor.Name };
        Apply(webhook, input, types, now);
        await using var db = store.Create();
        var partner = await PartnerNameAsync(db, partnerId, cancellationToken);
        webhook.StartsAfterOutboxEventId = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        db.Webhooks.Add(webhook);
        audit.Add(db, actor, AuditAction.WebhookChanged, detail: $"{partner}: added {Describe(webhook)}");
        await db.SaveChangesAsync(cancellationToken);
        return (WebhookRow.Of(webhook), secret, []);
    }

    /// <exception cref="ContentNotFoundException">No such webhook of that partner.</exception>
    public async Task<IReadOnlyList<ValidationProblem>> UpdateAsync(Actor actor, Guid partnerId, Guid webhookId, WebhookInput input, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        var problems = PartnerRules.Check(input, out var types);
        if (problems.Count > 0)
        {
            return problems;
        }

        await using var db = store.Create();
        var webhook = await WebhookAsync(db, partnerId, webhookId, cancellationToken);
        Apply(webhook, input, types, time.GetUtcNow());
        audit.Add(db, actor, AuditAction.WebhookChanged, detail: $"{webhook.Partner!.Name}: changed {Describe(webhook)}");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Gives a webhook a new signing secret, returned this once; the old one signs nothing from now on.</summary>
    /// <exception cref="ContentNotFoundException">No such webhook of that partner.</exception>
    public async Task<string> RenewSecretAsync(Actor actor, Guid partnerId, Guid webhookId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        var secret = WebhookSecrets.Generate();
        await using var db = store.Create();
        var webhook = await WebhookAsync(db, partnerId, webhookId, cancellationToken);
        (webhook.ProtectedSecret, webhook.UpdatedAt) = (secrets.Protect(secret), time.GetUtcNow());
        audit.Add(db, actor, AuditAction.WebhookChanged, detail: $"{webhook.Partner!.Name}: new secret for {webhook.Url}");
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>Removes a webhook and its delivery log.</summary>
    /// <exception cref="ContentNotFoundException">No such webhook of that partner.</exception>
    public async Task DeleteAsync(Actor actor, Guid partnerId, Guid webhookId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var webhook = await WebhookAsync(db, partnerId, webhookId, cancellationToken);
        db.Webhooks.Remove(webhook);
        audit.Add(db, actor, AuditAction.WebhookChanged, detail: $"{webhook.Partner!.Name}: removed {webhook.Url}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A page of a webhook's delivery log, newest first, each delivery with its attempts.</summary>
    public async Task<DeliveryPage> DeliveriesAsync(Actor actor, Guid webhookId, int page, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == webhookId);
        var total = await deliveries.CountAsync(cancellationToken);
        var rows = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip((page - 1) * DeliveriesPerPage).Take(DeliveriesPerPage).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var attempts = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.DeliveryId);
        return new DeliveryPage(
            [.. rows.Select(d => new DeliveryRow(
                d.Id, d.EventId, d.EventType, d.ItemId, d.ItemTitle, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.NextAttemptAt, d.DeliveredAt, d.CreatedAt,
                [.. attempts[d.Id].OrderBy(a => a.Number).Select(a => new AttemptRow(a.Number, a.At, a.StatusCode, a.Error, a.ResponseExcerpt, a.DurationMilliseconds))]))],
            total);
    }

    /// <summary>Queues a delivery again, as a new delivery of the same event (the same body and event id), to be sent at once.</summary>
    /// <exception cref="ContentNotFoundException">No such delivery of that webhook.</exception>
    public async Task RedeliverAsync(Actor actor, Guid partnerId, Guid webhookId, Guid deliveryId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var webhook = await WebhookAsync(db, partnerId, webhookId, cancellationToken);
        var original = await db.WebhookDeliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deliveryId && d.WebhookId == webhookId, cancellationToken)
            ?? throw new ContentNotFoundException($"No delivery {deliveryId}.");
        var now = time.GetUtcNow();
        db.WebhookDeliveries.Add(Queued(webhook.Id, original.EventId, original.EventType, original.Body, original.OccurredAt, now, original.ItemId, original.ItemTitle));
        audit.Add(db, actor, AuditAction.WebhookResent, original.ItemId, $"{webhook.Partner!.Name}: {original.EventType} {original.EventId} again to {webhook.Url}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Queues a <see cref="WebhookEventTypes.Test"/> event for the webhook, to be sent at once.</summary>
    /// <exception cref="ContentNotFoundException">No such webhook of that partner.</exception>
    public async Task SendTestAsync(Actor actor, Guid partnerId, Guid webhookId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var webhook = await WebhookAsync(db, partnerId, webhookId, cancellationToken);
        var now = time.GetUtcNow();
        var eventId = Guid.CreateVersion7(now);
        db.WebhookDeliveries.Add(Queued(webhook.Id, eventId, WebhookEventTypes.Test, Payloads.TestEvent(new WebhookTestEvent(eventId, now, webhook.Id)), now, now));
        audit.Add(db, actor, AuditAction.WebhookResent, detail: $"{webhook.Partner!.Name}: test event to {webhook.Url}");
        await db.SaveChangesAsync(cancellationToken);
    }

    IWebhookPayloads Payloads => payloads ?? throw new InvalidOperationException(PartnerServices.NoPayloads);

    static WebhookDeliveryRecord Queued(
        Guid webhookId, Guid eventId, string eventType, string body, DateTimeOffset occurredAt, DateTimeOffset now, Guid? itemId = null, string? itemTitle = null) => new()
    {
        Id = Guid.CreateVersion7(now), WebhookId = webhookId, EventId = eventId, EventType = eventType, Body = body, ItemId = itemId, ItemTitle = itemTitle,
        OccurredAt = occurredAt, CreatedAt = now, Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now,
    };

    static async Task<string> PartnerNameAsync(ContentDbContext db, Guid partnerId, CancellationToken cancellationToken) =>
        await db.Partners.Where(p => p.Id == partnerId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ContentNotFoundException($"No partner {partnerId}.");

    static async Task<WebhookRecord> WebhookAsync(ContentDbContext db, Guid partnerId, Guid webhookId, CancellationToken cancellationToken) =>
        await db.Webhooks.Include(w => w.Partner).SingleOrDefaultAsync(w => w.Id == webhookId && w.PartnerId == partnerId, cancellationToken)
            ?? throw new ContentNotFoundException($"No webhook {webhookId}.");

    static void Apply(WebhookRecord webhook, WebhookInput input, IReadOnlyList<Content.ContentType> types, DateTimeOffset now)
    {
        webhook.Url = input.Url!.Trim();
        (webhook.OnPublished, webhook.OnUnpublished) = (input.OnPublished, input.OnUnpublished);
        webhook.ContentTypes = WebhookSubscription.Store(types);
        webhook.Active = input.Active;
        webhook.UpdatedAt = now;
    }

    static string Describe(WebhookRecord webhook) =>
        $"{webhook.Url} ({string.Join(", ", new[] { webhook.OnPublished ? WebhookEventTypes.Published : null, webhook.OnUnpublished ? WebhookEventTypes.Unpublished : null }.OfType<string>())}"
        + $"{(webhook.ContentTypes.Length > 0 ? "; " + webhook.ContentTypes : "")}{(webhook.Active ? "" : "; off")})";
}

/// <summary>A webhook as the form gives it.</summary>
internal sealed record WebhookInput(string? Url, bool OnPublished, bool OnUnpublished, IReadOnlyList<string> ContentTypes, bool Active);

/// <summary>One delivery in the log, with its attempts.</summary>
internal sealed record DeliveryRow(
    Guid Id, Guid EventId, string EventType, Guid? ItemId, string? ItemTitle, WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset CreatedAt, IReadOnlyList<AttemptRow> AttemptLog);

/// <summary>One attempt at a delivery.</summary>
internal sealed record AttemptRow(int Number, DateTimeOffset At, int? StatusCode, string? Error, string? ResponseExcerpt, int DurationMilliseconds);

/// <summary>A page of the delivery log and how many deliveries there are in all.</summary>
internal sealed record DeliveryPage(IReadOnlyList<DeliveryRow> Rows, int Total);
