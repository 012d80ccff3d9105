using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Outbox;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Transfer;

/// <summary>
/// Imports a content-export folder: every file is checked first, against the others and the
/// store; if any is bad, each bad file is named and nothing is imported. Otherwise all items go
/// in one transaction, each as a new version with its file's status.
/// </summary>
internal sealed class ContentImporter(ContentDbContextFactory store, ImportReader reader, MediaFiles mediaFiles, OutboxDispatcher dispatcher, TimeProvider time)
{
    const string ImportedBy = "import";



    /// <summary>Imports <paramref name="directory"/>.</summary>
    /// <exception cref="ImportRejectedException">A file is bad; nothing was imported.</exception>
    public async Task<TransferCounts> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var batch = await reader.ReadAsync(directory, cancellationToken);
        await using var db = store.Create();
        var existing = await db.Items.AsNoTracking()
            .Select(i => new StoredItem(i.Id, i.Type, i.ChineseSlug, i.EnglishSlug))
            .ToDictionaryAsync(i => i.Id, cancellationToken);
        var existingMedia = (await db.Media.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        CheckBatch(batch, existing, existingMedia);
        if (batch.Problems.Count > 0)
        {
            throw new ImportRejectedException(batch.Problems);
        }

        await WriteAsync(db, batch, cancellationToken);
        await dispatcher.DispatchPendingAsync(cancellationToken);
        return new TransferCounts(batch.Items.Count, batch.Media.Count);
    }

    static void CheckBatch(ImportBatch batch, Dictionary<Guid, StoredItem> existing, HashSet<Guid> existingMedia)
    {
        var ids = new Dictionary<Guid, string>();
        var slugs = new Dictionary<(ContentType, string), string>();
        foreach (var (path, document, _) in batch.Items)
        {
            if (!ids.TryAdd(document.Id, path))
            {
                batch.Reject(path, $"id {document.Id} is also used by {ids[document.Id]}");
            }

            if (existing.TryGetValue(document.Id, out var stored) && stored.Type != document.Type)
            {
                batch.Reject(path, $"id {document.Id} is a {stored.Type} in the store, not a {document.Type}");
            }

            foreach (var (culture, text) in document.Cultures)
            {
                if (!slugs.TryAdd((document.Type, text.Slug), path) && slugs[(document.Type, text.Slug)] != path)
                {
                    batch.Reject(path, $"cultures.{culture}.slug \"{text.Slug}\" is also used by {slugs[(document.Type, text.Slug)]}");
                }
            }
        }

        foreach (var stored in existing.Values.Where(s => !ids.ContainsKey(s.Id)))
        {
            foreach (var slug in new[] { stored.ChineseSlug, stored.EnglishSlug }.OfType<string>())
            {
                if (slugs.TryGetValue((stored.Type, slug), out var path))
                {
                    batch.Reject(path, $"slug \"{slug}\" is already used by {stored.Type} {stored.Id} in the store");
                }
            }
        }

        var mediaIds = batch.Media.Select(m => m.Item.Id).Concat(existingMedia).ToHashSet();
        var types = existing.ToDictionary(e => e.Key, e => e.Value.Type);
        foreach (var item in batch.Items)
        {
            types[item.Document.Id] = item.Document.Type;
        }

        foreach (var (path, document, _) in batch.Items)
        {
            foreach (var reason in BrokenReferences(document, types, mediaIds))
            {
                batch.Reject(path, reason);
            }
        }
    }

    static IEnumerable<string> BrokenReferences(ContentDocument document, Dictionary<Guid, ContentType> types, HashSet<Guid> media)
    {
        IEnumerable<(string Field, Guid Id, ContentType? Type)> items = document.Related.Select(id => ("related", id, (ContentType?)null));
        IEnumerable<(string Field, Guid Id)> mediaRefs = document.Cover is { } cover ? [("cover", cover)] : [];
        switch (document.Fields)
        {
            case PageFields { Parent: { } parent }:
                items = items.Append(("fields.parent", parent, ContentType.Page));
                break;
            case StandardFields standard:
                items = items
                    .Concat(standard.Supersedes.Select(id => ("fields.supersedes", id, (ContentType?)ContentType.Standard)))
                    .Concat(standard.SupersededBy.Select(id => ("fields.supersededBy", id, (ContentType?)ContentType.Standard)));
                mediaRefs = standard.FullText is { } pdf ? mediaRefs.Append(("fields.fullText", pdf)) : mediaRefs;
                break;
            case ShowcaseFields showcase:
                mediaRefs = mediaRefs.Concat(showcase.Images.Select(id => ("fields.images", id)));
                break;
        }

        foreach (var (field, id, type) in items)
        {
            if (!types.TryGetValue(id, out var found))
            {
                yield return $"{field} names {id}, which is neither in this import nor in the store";
            }
            else if (type is { } expected && found != expected)
            {
                yield return $"{field} names {id}, which is a {found}, not a {expected}";
            }
        }

        foreach (var (field, id) in mediaRefs)
        {
            if (!media.Contains(id))
            {
                yield return $"{field} names media {id}, which is neither in this import nor in the store";
            }
        }
    }

    async Task WriteAsync(ContentDbContext db, ImportBatch batch, CancellationToken cancellationToken)
    {
        var copied = new List<string>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = time.GetUtcNow();
            var ids = batch.Items.Select(i => i.Document.Id).ToList();
            var records = await db.Items.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
            foreach (var (_, document, state) in batch.Items)
            {
                var record = records.GetValueOrDefault(document.Id) ?? db.Items.Add(new ContentItemRecord { Id = document.Id, Type = document.Type }).Entity;
                var wasPublished = record.PublishedVersion is not null;
                record.LatestVersion++;
                record.Status = state.Status;
                record.PublishedVersion = state.Status == ContentStatus.Published ? record.LatestVersion : null;
                record.Describe(document, ImportedBy);
                (record.CreatedAt, record.UpdatedAt, record.PublishedAt) = (state.Created, state.Updated, state.Published);
                db.Versions.Add(new ContentVersionRecord
                {
                    ItemId = document.Id,
                    Number = record.LatestVersion,
                    Document = ContentJson.Serialize(document),
                    SavedAt = now,
                    SavedBy = ImportedBy,
                });
                if (record.PublishedVersion is not null || wasPublished)
                {
                    db.OutboxEvents.Add(new OutboxEventRecord
                    {
                        ItemId = document.Id,
                        Kind = record.PublishedVersion is null ? OutboxEventKind.Unpublished : OutboxEventKind.Published,
                        Version = record.PublishedVersion,
                        OccurredAt = now,
                    });
                }
            }

            var mediaRecords = await db.Media.ToDictionaryAsync(m => m.Id, cancellationToken);
            foreach (var media in batch.Media)
            {
                var record = mediaRecords.GetValueOrDefault(media.Item.Id) ?? db.Media.Add(new MediaRecord { Id = media.Item.Id }).Entity;
                record.Describe(ContentExportLayout.Normalized(media.Item));
                var target = mediaFiles.PathOf(media.Item.Id, media.Item.File);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (!File.Exists(target))
                {
                    copied.Add(target);
                }

                File.Copy(media.FilePath, target, overwrite: true);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Files this import added go again; nothing of the batch stays behind.
            foreach (var file in copied)
            {
                File.Delete(file);
            }

            throw;
        }
    }

    sealed record StoredItem(Guid Id, ContentType Type, string ChineseSlug, string? EnglishSlug);
}
