using Federation.Cms.Content;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Versions;

/// <summary>Reads an item's state and the versions it has been through.</summary>
internal sealed class VersionHistory(ContentDbContextFactory store)
{
    /// <summary>The item's workflow state, or null when there is no such item.</summary>
    public async Task<ItemSummary?> FindItemAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var db = store.Create();
        return await db.Items.AsNoTracking()
            .Where(i => i.Id == itemId)
            .Select(i => new ItemSummary(i.Id, i.Type, i.Status, i.LatestVersion, i.PublishedVersion, i.CreatedAt, i.UpdatedAt, i.PublishedAt)
            {
                PublishAt = i.PublishAt, ScheduledVersion = i.ScheduledVersion, UnpublishAt = i.UnpublishAt,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every version of the item, newest first, with who saved it and when.</summary>
    public async Task<IReadOnlyList<VersionSummary>> ListAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var db = store.Create();
        var published = await db.Items.Where(i => i.Id == itemId).Select(i => i.PublishedVersion).SingleOrDefaultAsync(cancellationToken);
        var rows = await db.Versions.AsNoTracking()
            .Where(v => v.ItemId == itemId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.SavedAt, v.SavedBy, v.Document })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(v => new VersionSummary(
            v.Number, v.SavedAt, v.SavedBy, v.Number == published, ContentJson.Deserialize(v.Document).ChineseText.Title))];
    }

    /// <summary>The content of one version.</summary>
    /// <exception cref="ContentNotFoundException">No such item or version.</exception>
    public async Task<ContentDocument> GetAsync(Guid itemId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = store.Create();
        var json = await db.Versions.Where(v => v.ItemId == itemId && v.Number == number).Select(v => v.Document).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ContentNotFoundException($"Item {itemId} has no version {number}.");
        return ContentJson.Deserialize(json);
    }
}

/// <summary>An item's workflow state.</summary>
public sealed record ItemSummary(
    Guid Id, ContentType Type, ContentStatus Status, int LatestVersion, int? PublishedVersion,
    DateTimeOffset? Created, DateTimeOffset? Updated, DateTimeOffset? Published)
{
    /// <summary>When <see cref="ScheduledVersion"/> goes live, if scheduled.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    public int? ScheduledVersion { get; init; }

    /// <summary>When the item comes off the site, if scheduled.</summary>
    public DateTimeOffset? UnpublishAt { get; init; }
}

/// <summary>One entry of an item's history.</summary>
public sealed record VersionSummary(int Number, DateTimeOffset SavedAt, string? SavedBy, bool IsPublished, string Title);
