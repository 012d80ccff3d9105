using Federation.Cms.Content;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>
/// What a reader narrows a list to, and in what order. Every type can be narrowed by tag; each
/// type's query adds the criteria its readers ask for. An empty query matches every item and keeps
/// the type's own order.
/// </summary>
public record ListQuery
{
    /// <summary>A tag the item carries in the reader's culture, matched exactly.</summary>
    public string? Tag { get; init; }

    /// <summary>Whether <paramref name="item"/> passes, read in <paramref name="culture"/> at <paramref name="now"/>.</summary>
    public virtual bool Matches(PublishedItem item, string culture, DateTimeOffset now) =>
        Tag is null || item.TextOrChinese<CultureText>(culture).Tags.Contains(Tag, StringComparer.Ordinal);

    /// <summary>Puts the matching items in the order asked for; the default keeps the type's order.</summary>
    public virtual IEnumerable<PublishedItem> Sort(IEnumerable<PublishedItem> items, string culture) => items;

    /// <summary>Whether the query narrows the list at all.</summary>
    public virtual bool IsEmpty => Tag is null;

    /// <summary>Whether <see cref="Sort"/> leaves the type's own order as it is (the default order of each type).</summary>
    public virtual bool KeepsTypeOrder => true;
}
