using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Partners;

/// <summary>
/// The webhook deliveries in the store, for the Api's sender. Several nodes may share one database:
/// each outbox event is queued by one node (the nodes advance one cursor row, compare-and-swap, in the
/// transaction that inserts the deliveries), and each attempt is claimed by one node (an update that
/// only one of them can win), so every subscribed webhook gets one delivery of each event.
/// </summary>
public sealed class WebhookDeliveries
{
    /// <summary>How much of a receiver's answer the log keeps.</summary>
    public const int MaxExcerptLength = 1000;

    const int EventBatchSize = 200;

    readonly ContentDbContextFactory store;
    readonly SnapshotLoader loader;
    readonly IWebhookPayloads? payloads;
    readonly WebhookSecrets secrets;
    readonly TimeProvider time;

    internal WebhookDeliveries(ContentDbContextFactory store, SnapshotLoader loader, IWebhookPayloads? payloads, WebhookSecrets secrets, TimeProvider time) =>
        (this.store, this.loader, this.payloads, this.secrets, this.time) = (store, loader, payloads, secrets, time);

    /// <summary>
    /// Queues a delivery for each publish and unpublish in the outbox not queued yet, to every active
    /// webhook that wants it and was added before it happened. Returns how many deliveries this node queued.
    /// </summary>
    /// <exception cref="InvalidOperationException">The host has no <see cref="IWebhookPayloads"/>.</exception>
    public async Task<int> EnqueueAsync(CancellationToken cancellationToken = default)
    {
        var writer = payloads ?? throw new InvalidOperationException(PartnerServices.NoPayloads);
        var queued = 0;
        while (await EnqueueBatchAsync(writer, cancellationToken) is { } batch)
        {
            queued += batch;
        }

        return queued;
    }

    /// <summary>One batch of events; null when there was nothing to do or another node took the batch.</summary>
    async Task<int?> EnqueueBatchAsync(IWebhookPayloads writer, CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        var cursor = await db.WebhookCursor.AsNoTracking().SingleAsync(c => c.Id == WebhookCursorRecord.SingleId, cancellationToken);
        var events = await db.OutboxEvents.AsNoTracking().Where(e => e.Id > cursor.LastOutboxEventId).OrderBy(e => e.Id).Take(EventBatchSize).ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return null;
        }

        var deliveries = await DeliveriesAsync(db, writer, events, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The first statement: of two nodes here at once, the second waits for the first to commit, then matches nothing.
        var advanced = await db.WebhookCursor.Where(c => c.Id == WebhookCursorRecord.SingleId && c.LastOutboxEventId == cursor.LastOutboxEventId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastOutboxEventId, events[^1].Id), cancellationToken);
        if (advanced == 0)
        {
            return null;
        }

        db.WebhookDeliveries.AddRange(deliveries);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deliveries.Count;
    }

    async Task<List<WebhookDeliveryRecord>> DeliveriesAsync(ContentDbContext db, IWebhookPayloads writer, List<OutboxEventRecord> events, CancellationToken cancellationToken)
    {
        var deliveries = new List<WebhookDeliveryRecord>();
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => w.Active && w.Partner!.Active).ToListAsync(cancellationToken);
        if (webhooks.Count == 0)
        {
            return deliveries;
        }

        var ids = events.Select(e => e.ItemId).ToHashSet();
        var types = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Type, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var change in events)
        {
            if (!types.TryGetValue(change.ItemId, out var type))
            {
                continue;
            }

            var targets = webhooks.Where(w => w.StartsAfterOutboxEventId < change.Id && WebhookSubscription.Wants(w, change.Kind, type)).ToList();
            if (targets.Count == 0 || await ItemAsync(db, change, cancellationToken) is not { } item)
            {
                continue;
            }

            var eventId = Guid.CreateVersion7(change.OccurredAt);
            var eventType = change.Kind == OutboxEventKind.Published ? WebhookEventTypes.Published : WebhookEventTypes.Unpublished;
            var body = writer.ContentEvent(new WebhookContentEvent(eventId, eventType, change.OccurredAt, item));
            deliveries.AddRange(targets.Select(webhook => new WebhookDeliveryRecord
            {
                Id = Guid.CreateVersion7(now), WebhookId = webhook.Id, EventId = eventId, EventType = eventType, OutboxEventId = change.Id,
                ItemId = item.Id, ItemTitle = item.Document.ChineseText.Title, Body = body, OccurredAt = change.OccurredAt, CreatedAt = now,
                Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now,
            }));
        }

        return deliveries;
    }

    /// <summary>The version a publish put live, or the one an unpublish took off; null for an item that was never live (an import of a draft).</summary>
    async Task<PublishedItem?> ItemAsync(ContentDbContext db, OutboxEventRecord change, CancellationToken cancellationToken)
    {
        var version = change.Kind == OutboxEventKind.Published
            ? change.Version
            : await db.OutboxEvents.AsNoTracking()
                .Where(e => e.ItemId == change.ItemId && e.Kind == OutboxEventKind.Published && e.Id < change.Id)
                .OrderByDescending(e => e.Id).Select(e => e.Version).FirstOrDefaultAsync(cancellationToken);
        return version is { } number ? await loader.LoadVersionAsync(change.ItemId, number, cancellationToken) : null;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> deliveries that are due, for this node to attempt now. A
    /// claimed delivery is due again after <paramref name="lease"/> if its attempt is never recorded
    /// (the node stopped). Deliveries to a webhook or partner switched off since are marked failed.
    /// </summary>
    public async Task<IReadOnlyList<WebhookDispatch>> ClaimDueAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = store.Create();
        var due = await (from delivery in db.WebhookDeliveries.AsNoTracking()
                         join webhook in db.Webhooks.AsNoTracking() on delivery.WebhookId equals webhook.Id
                         where delivery.Status == WebhookDeliveryStatus.Pending && delivery.NextAttemptAt <= now
                         orderby delivery.NextAttemptAt
                         select new { delivery, webhook.Url, webhook.ProtectedSecret, Active = webhook.Active && webhook.Partner!.Active })
            .Take(max).ToListAsync(cancellationToken);
        var claimed = new List<WebhookDispatch>();
        foreach (var row in due)
        {
            var delivery = row.delivery;
            var mine = db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.Status == WebhookDeliveryStatus.Pending && d.Attempts == delivery.Attempts && d.NextAttemptAt <= now);
            if (!row.Active)
            {
                await mine.ExecuteUpdateAsync(
                    set => set.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed).SetProperty(d => d.NextAttemptAt, (DateTimeOffset?)null)
                        .SetProperty(d => d.LastError, "The webhook or its partner was switched off."), cancellationToken);
                continue;
            }

            var attempt = delivery.Attempts + 1;
            if (await mine.ExecuteUpdateAsync(set => set.SetProperty(d => d.Attempts, attempt).SetProperty(d => d.NextAttemptAt, now + lease), cancellationToken) == 1)
            {
                // A redelivery or a test, asked for by hand, gets its day of retries from when it was asked for.
                var retriesFrom = delivery.OutboxEventId is null ? delivery.CreatedAt : delivery.OccurredAt;
                claimed.Add(new WebhookDispatch(
                    delivery.Id, delivery.WebhookId, row.Url, secrets.Unprotect(row.ProtectedSecret), delivery.EventId, delivery.EventType, delivery.Body, retriesFrom, attempt));
            }
        }

        return claimed;
    }

    /// <summary>Records an attempt in the delivery log, and what comes next: delivered, a retry at a time, or failed.</summary>
    public async Task RecordAsync(WebhookDispatch dispatch, WebhookAttemptResult result, CancellationToken cancellationToken = default)
    {
        var status = result.Delivered ? WebhookDeliveryStatus.Delivered : result.RetryAt is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        var error = Trim(result.Error, 500);
        await using var db = store.Create();
        // Only while the attempt is still this one: a node whose claim ran out does not overwrite the attempt that took over.
        await db.WebhookDeliveries.Where(d => d.Id == dispatch.DeliveryId && d.Attempts == dispatch.Attempt).ExecuteUpdateAsync(set => set
            .SetProperty(d => d.Status, status)
            .SetProperty(d => d.NextAttemptAt, status == WebhookDeliveryStatus.Pending ? result.RetryAt : null)
            .SetProperty(d => d.LastAttemptAt, result.At)
            .SetProperty(d => d.LastStatusCode, result.StatusCode)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.DeliveredAt, result.Delivered ? result.At : null), cancellationToken);
        if (await db.WebhookDeliveries.AnyAsync(d => d.Id == dispatch.DeliveryId, cancellationToken))
        {
            db.WebhookAttempts.Add(new WebhookAttemptRecord
            {
                DeliveryId = dispatch.DeliveryId, Number = dispatch.Attempt, At = result.At, StatusCode = result.StatusCode, Error = error,
                ResponseExcerpt = Trim(result.ResponseExcerpt, MaxExcerptLength), DurationMilliseconds = (int)Math.Min(int.MaxValue, result.Duration.TotalMilliseconds),
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    static string? Trim(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}

/// <summary>One attempt this node has claimed: what to send, where, signed with what.</summary>
/// <param name="DeliveryId">The delivery, sent as its id header.</param>
/// <param name="WebhookId">The webhook.</param>
/// <param name="Url">Where to POST.</param>
/// <param name="Secret">The signing secret, or null when the data-protection keys that protected it are gone (the attempt fails; an administrator makes a new secret).</param>
/// <param name="EventId">The event's id.</param>
/// <param name="EventType">The event's type, sent as its header.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="RetriesFrom">When the event happened, or when a redelivery or test was asked for: retries end a day after.</param>
/// <param name="Attempt">This attempt's number, 1 for the first.</param>
public sealed record WebhookDispatch(Guid DeliveryId, Guid WebhookId, string Url, string? Secret, Guid EventId, string EventType, string Body, DateTimeOffset RetriesFrom, int Attempt);

/// <summary>How an attempt went.</summary>
/// <param name="At">When it was made.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="StatusCode">The receiver's status code, if it answered.</param>
/// <param name="Error">Why it did not answer, or why the answer is not a success.</param>
/// <param name="ResponseExcerpt">The start of the answer's body.</param>
/// <param name="Delivered">Whether the receiver took it (a 2xx).</param>
/// <param name="RetryAt">When to try again; null to give up (when not delivered).</param>
public sealed record WebhookAttemptResult(DateTimeOffset At, TimeSpan Duration, int? StatusCode, string? Error, string? ResponseExcerpt, bool Delivered, DateTimeOffset? RetryAt);
