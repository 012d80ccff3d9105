using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Outbox;
using Federation.Cms.Redirects;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Publishing;

/// <summary>
/// Puts a version on the site and takes it off. Each change and its outbox event are written in
/// one transaction; the dispatcher then swaps the published snapshot before the call returns.
/// </summary>
internal sealed class PublishingService(ContentDbContextFactory store, OutboxDispatcher dispatcher, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Publishes a version of an item: the newest one unless <paramref name="version"/> names another.
    /// With <paramref name="by"/>, the audit log records who did it, in the same transaction.
    /// </summary>
    /// <exception cref="ContentNotFoundException">No such item or version.</exception>
    public async Task PublishAsync(Guid itemId, int? version = null, Actor? by = null, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(itemId, by, AuditAction.Published, async (db, item, now) =>
        {
            var number = version ?? item.LatestVersion;
            if (number < 1 || number > item.LatestVersion)
            {
                throw new ContentNotFoundException($"Item {itemId} has no version {number}.");
            }

            var wasLive = item.PublishedVersion is { } live ? await DocumentAsync(db, itemId, live, cancellationToken) : null;
            await SlugRedirects.RecordAsync(db, item.Type, itemId, wasLive, await DocumentAsync(db, itemId, number, cancellationToken), by?.Name, now, cancellationToken);
            item.PublishedVersion = number;
            item.Status = ContentStatus.Published;
            item.PublishedAt ??= now;
            item.UpdatedAt = now;
            // Publishing by hand supersedes a publish scheduled earlier.
            (item.PublishAt, item.ScheduledVersion) = (null, null);
            return new OutboxEventRecord { ItemId = itemId, Kind = OutboxEventKind.Published, Version = number, OccurredAt = now };
        }, cancellationToken);
    }

    /// <summary>Takes an item off the site. Its versions stay.</summary>
    /// <exception cref="ContentNotFoundException">No such item.</exception>
    public async Task UnpublishAsync(Guid itemId, Actor? by = null, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(itemId, by, AuditAction.Unpublished, (_, item, now) =>
        {
            item.PublishedVersion = null;
            item.Status = ContentStatus.Unpublished;
            item.UpdatedAt = now;
            return Task.FromResult(new OutboxEventRecord { ItemId = itemId, Kind = OutboxEventKind.Unpublished, OccurredAt = now });
        }, cancellationToken);
    }

    static async Task<ContentDocument> DocumentAsync(ContentDbContext db, Guid itemId, int number, CancellationToken cancellationToken) =>
        ContentJson.Deserialize(await db.Versions.Where(v => v.ItemId == itemId && v.Number == number).Select(v => v.Document).SingleAsync(cancellationToken));

    /// <summary>Publishes the scheduled version if its time has come. Returns false when it was not due or another node took it.</summary>
    public Task<bool> PublishIfDueAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(itemId, Actor.Scheduler, AuditAction.Published, async (db, item, now) =>
        {
            var number = item.ScheduledVersion is { } scheduled && scheduled <= item.LatestVersion ? scheduled : item.LatestVersion;
            item.ScheduledVersion = null;
            var wasLive = item.PublishedVersion is { } live ? await DocumentAsync(db, itemId, live, cancellationToken) : null;
            await SlugRedirects.RecordAsync(db, item.Type, itemId, wasLive, await DocumentAsync(db, itemId, number, cancellationToken), Actor.Scheduler.Name, now, cancellationToken);
            item.PublishedVersion = number;
            item.Status = ContentStatus.Published;
            item.PublishedAt ??= now;
            item.UpdatedAt = now;
            return new OutboxEventRecord { ItemId = itemId, Kind = OutboxEventKind.Published, Version = number, OccurredAt = now };
        }, cancellationToken, claim: (db, now) => db.Items.Where(i => i.Id == itemId && i.PublishAt != null && i.PublishAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.PublishAt, (DateTimeOffset?)null), cancellationToken));

    /// <summary>Takes the item off the site if its scheduled time has come. Returns false when it was not due or another node took it.</summary>
    public Task<bool> UnpublishIfDueAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        ChangeAsync(itemId, Actor.Scheduler, AuditAction.Unpublished, (_, item, now) =>
        {
            item.PublishedVersion = null;
            item.Status = ContentStatus.Unpublished;
            item.UpdatedAt = now;
            return Task.FromResult(new OutboxEventRecord { ItemId = itemId, Kind = OutboxEventKind.Unpublished, OccurredAt = now });
        }, cancellationToken, claim: (db, now) => db.Items.Where(i => i.Id == itemId && i.UnpublishAt != null && i.UnpublishAt <= now && i.PublishedVersion != null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UnpublishAt, (DateTimeOffset?)null), cancellationToken));

    /// <summary>
    /// Applies one change and its outbox event (and audit line) in one transaction. With a claim,
    /// the change happens only if the claim updates the item's row: the first statement of the
    /// transaction, so of two nodes claiming at once the second waits for the first, then finds nothing to claim.
    /// </summary>
    async Task<bool> ChangeAsync(
        Guid itemId, Actor? by, AuditAction action, Func<ContentDbContext, ContentItemRecord, DateTimeOffset, Task<OutboxEventRecord>> change,
        CancellationToken cancellationToken, Func<ContentDbContext, DateTimeOffset, Task<int>>? claim = null)
    {
        await using (var db = store.Create())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (claim is not null && await claim(db, time.GetUtcNow()) == 0)
            {
                return false;
            }
            var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
                ?? throw new ContentNotFoundException($"No item {itemId}.");
            var outbox = await change(db, item, time.GetUtcNow());
            db.OutboxEvents.Add(outbox);
            if (by is not null)
            {
                audit.Add(db, by, action, itemId, outbox.Version is { } version ? $"第 {version} 版：{item.ChineseTitle}" : item.ChineseTitle);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // This node shows its own publish at once; other nodes pick the event up from the outbox.
        await dispatcher.DispatchPendingAsync(cancellationToken);
        return true;
    }
}

/// <summary>The item or version asked for does not exist.</summary>
public sealed class ContentNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContentNotFoundException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ContentNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ContentNotFoundException(string message, Exception inner) : base(message, inner) { }
}
