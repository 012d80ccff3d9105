using System.Collections.Frozen;
using Federation.Cms.Content;
using Federation.Cms.Media;

namespace Federation.Cms.Snapshot;

/// <summary>
/// Every published item, in memory, never changed once built. Public requests read only this;
/// a publish builds a new snapshot and swaps it in, so a reader always sees one consistent state.
/// </summary>
public sealed class PublishedSnapshot
{
    static readonly IReadOnlyList<PublishedItem> None = [];

    readonly FrozenDictionary<Guid, PublishedItem> byId;
    readonly FrozenDictionary<(ContentType, string, string), PublishedItem> bySlug;
    readonly FrozenDictionary<(ContentType, string, string), PublishedItem> byOldSlug;
    readonly FrozenDictionary<ContentType, IReadOnlyList<PublishedItem>> byType;
    readonly FrozenDictionary<Guid, MediaItem> media;

    PublishedSnapshot(IEnumerable<PublishedItem> items, long cursor, DateTimeOffset builtAt)
    {
        byId = items.ToFrozenDictionary(i => i.Id);
        bySlug = byId.Values
            .SelectMany(i => i.Document.Cultures.Select(c => (Key: (i.Type, c.Key, c.Value.Slug), Item: i)))
            .DistinctBy(e => e.Key)
            .ToFrozenDictionary(e => e.Key, e => e.Item);
        // An item's own slug always wins over another's old one.
        byOldSlug = byId.Values
            .SelectMany(i => i.OldSlugs.Select(o => (Key: (i.Type, o.Culture, o.Slug), Item: i)))
            .Where(e => !bySlug.ContainsKey(e.Key))
            .DistinctBy(e => e.Key)
            .ToFrozenDictionary(e => e.Key, e => e.Item);
        byType = byId.Values
            .GroupBy(i => i.Type)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<PublishedItem>)[.. g.OrderByDescending(i => i.Published).ThenBy(i => i.Document.ChineseText.Title, StringComparer.Ordinal)]);
        // Only media that a published item shows is public; a draft's images stay private.
        media = byId.Values.SelectMany(i => i.Media.Values).DistinctBy(m => m.Id).ToFrozenDictionary(m => m.Id);
        Cursor = cursor;
        BuiltAt = builtAt;
    }

    /// <summary>A snapshot with nothing published.</summary>
    public static PublishedSnapshot Empty { get; } = new([], 0, DateTimeOffset.MinValue);

    /// <summary>Builds a snapshot of <paramref name="items"/>.</summary>
    /// <param name="items">The published items.</param>
    /// <param name="cursor">The id of the last outbox event the items reflect.</param>
    /// <param name="builtAt">When it was built.</param>
    public static PublishedSnapshot Create(IEnumerable<PublishedItem> items, long cursor, DateTimeOffset builtAt) => new(items, cursor, builtAt);

    /// <summary>The id of the last outbox event this snapshot reflects.</summary>
    public long Cursor { get; }

    /// <summary>When this snapshot was built.</summary>
    public DateTimeOffset BuiltAt { get; }

    /// <summary>Number of published items.</summary>
    public int Count => byId.Count;

    /// <summary>All published items.</summary>
    public IEnumerable<PublishedItem> Items => byId.Values;

    /// <summary>The published item with this id, if any.</summary>
    public PublishedItem? Find(Guid id) => byId.GetValueOrDefault(id);

    /// <summary>The published item of this type whose slug in <paramref name="culture"/> is <paramref name="slug"/>.</summary>
    public PublishedItem? FindBySlug(ContentType type, string culture, string slug) => bySlug.GetValueOrDefault((type, culture, slug));

    /// <summary>The published item that had this slug before (its address moved); null when none did.</summary>
    public PublishedItem? FindMoved(ContentType type, string culture, string slug) => byOldSlug.GetValueOrDefault((type, culture, slug));

    /// <summary>The media item with this id, when a published item shows it.</summary>
    public MediaItem? FindMedia(Guid id) => media.GetValueOrDefault(id);

    /// <summary>The published items of a type, newest first, undated items last.</summary>
    public IReadOnlyList<PublishedItem> OfType(ContentType type) => byType.GetValueOrDefault(type) ?? None;

    /// <summary>A new snapshot with <paramref name="upserts"/> added or replaced and <paramref name="removals"/> gone.</summary>
    public PublishedSnapshot With(IEnumerable<PublishedItem> upserts, IEnumerable<Guid> removals, long cursor, DateTimeOffset builtAt)
    {
        var items = byId.ToDictionary();
        foreach (var id in removals)
        {
            items.Remove(id);
        }

        foreach (var item in upserts)
        {
            items[item.Id] = item;
        }

        return new(items.Values, cursor, builtAt);
    }
}
