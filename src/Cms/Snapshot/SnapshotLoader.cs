using Federation.Cms.Content;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Snapshot;

/// <summary>Reads published items from the store.</summary>
internal sealed class SnapshotLoader(ContentDbContextFactory store, TimeProvider time)
{
    /// <summary>Loads every published item, with the outbox position they reflect.</summary>
    public async Task<PublishedSnapshot> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        // Events after this cursor are applied again by the dispatcher; applying is idempotent.
        var cursor = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var rows = await PublishedRows(db.Items).ToListAsync(cancellationToken);
        return PublishedSnapshot.Create(rows.AsParallel().Select(ToItem), cursor, time.GetUtcNow());
    }

    /// <summary>Loads the items among <paramref name="ids"/> that are published now.</summary>
    public async Task<IReadOnlyList<PublishedItem>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        var rows = await PublishedRows(db.Items.Where(i => ids.Contains(i.Id))).ToListAsync(cancellationToken);
        return [.. rows.Select(ToItem)];
    }

    static IQueryable<PublishedRow> PublishedRows(IQueryable<ContentItemRecord> items) =>
        from item in items
        where item.PublishedVersion != null
        join version in items.SelectMany(i => i.Versions) on new { ItemId = item.Id, Number = item.PublishedVersion!.Value } equals new { version.ItemId, version.Number }
        select new PublishedRow(item.Id, version.Number, version.Document, item.PublishedAt, item.UpdatedAt, version.SavedAt);

    static PublishedItem ToItem(PublishedRow row) =>
        new(ContentJson.Deserialize(row.Document), row.Version, row.PublishedAt, row.UpdatedAt, row.SavedAt);

    sealed record PublishedRow(Guid Id, int Version, string Document, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset SavedAt);
}
