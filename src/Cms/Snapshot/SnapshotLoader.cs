using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Media;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Snapshot;

/// <summary>Reads published items, and the media they show, from the store.</summary>
internal sealed class SnapshotLoader(ContentDbContextFactory store, TimeProvider time)
{
    /// <summary>Loads every published item, with the outbox position they reflect.</summary>
    public async Task<PublishedSnapshot> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        // Events after this cursor are applied again by the dispatcher; applying is idempotent.
        var cursor = await db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var rows = await PublishedRows(db.Items).ToListAsync(cancellationToken);
        var documents = rows.AsParallel().Select(r => (Row: r, Document: ContentJson.Deserialize(r.Document))).ToList();
        var media = ReadMedia(await db.Media.AsNoTracking().ToListAsync(cancellationToken));
        var oldSlugs = await OldSlugsAsync(db.Redirects, cancellationToken);
        return PublishedSnapshot.Create(documents.Select(d => ToItem(d.Row, d.Document, media, oldSlugs)), cursor, time.GetUtcNow());
    }

    /// <summary>Loads the items among <paramref name="ids"/> that are published now.</summary>
    public async Task<IReadOnlyList<PublishedItem>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        var rows = await PublishedRows(db.Items.Where(i => ids.Contains(i.Id))).ToListAsync(cancellationToken);
        var documents = rows.Select(r => (Row: r, Document: ContentJson.Deserialize(r.Document))).ToList();
        var mediaIds = documents.SelectMany(d => d.Document.MediaIds()).ToHashSet();
        var media = ReadMedia(await db.Media.AsNoTracking().Where(m => mediaIds.Contains(m.Id)).ToListAsync(cancellationToken));
        var oldSlugs = await OldSlugsAsync(db.Redirects.Where(r => ids.Contains(r.ItemId)), cancellationToken);
        return [.. documents.Select(d => ToItem(d.Row, d.Document, media, oldSlugs))];
    }

    /// <summary>Any saved version of an item as its public page would show it, for previews; its media, drafts' included.</summary>
    public async Task<PublishedItem?> LoadVersionAsync(Guid itemId, int version, CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        var row = await (from item in db.Items.AsNoTracking()
                         join saved in db.Versions.AsNoTracking() on item.Id equals saved.ItemId
                         where item.Id == itemId && saved.Number == version
                         select new PublishedRow(item.Id, saved.Number, saved.Document, item.PublishedAt, item.UpdatedAt, saved.SavedAt)).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var document = ContentJson.Deserialize(row.Document);
        var mediaIds = document.MediaIds().ToHashSet();
        var media = ReadMedia(await db.Media.AsNoTracking().Where(m => mediaIds.Contains(m.Id)).ToListAsync(cancellationToken));
        return ToItem(row, document, media, Array.Empty<OldSlug>().ToLookup(_ => itemId));
    }

    static IQueryable<PublishedRow> PublishedRows(IQueryable<ContentItemRecord> items) =>
        from item in items
        where item.PublishedVersion != null
        join version in items.SelectMany(i => i.Versions) on new { ItemId = item.Id, Number = item.PublishedVersion!.Value } equals new { version.ItemId, version.Number }
        select new PublishedRow(item.Id, version.Number, version.Document, item.PublishedAt, item.UpdatedAt, version.SavedAt);

    static Dictionary<Guid, MediaItem> ReadMedia(List<MediaRecord> records) =>
        records.ToDictionary(m => m.Id, m => JsonSerializer.Deserialize<MediaItem>(m.Document, ContentJson.Options)!);

    static async Task<ILookup<Guid, OldSlug>> OldSlugsAsync(IQueryable<RedirectRecord> redirects, CancellationToken cancellationToken) =>
        (await redirects.AsNoTracking().Select(r => new { r.ItemId, r.Culture, r.Slug }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ItemId, r => new OldSlug(r.Culture, r.Slug));

    static PublishedItem ToItem(PublishedRow row, ContentDocument document, Dictionary<Guid, MediaItem> media, ILookup<Guid, OldSlug> oldSlugs) =>
        new(document, row.Version, row.PublishedAt, row.UpdatedAt, row.SavedAt,
            document.MediaIds().Distinct().Where(media.ContainsKey).ToDictionary(id => id, id => media[id]), [.. oldSlugs[document.Id]]);

    sealed record PublishedRow(Guid Id, int Version, string Document, DateTimeOffset? PublishedAt, DateTimeOffset? UpdatedAt, DateTimeOffset SavedAt);
}
