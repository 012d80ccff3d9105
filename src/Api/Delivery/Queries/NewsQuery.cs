using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>The orders of the news list.</summary>
public enum NewsOrder
{
    /// <summary>Latest published first.</summary>
    Newest,

    /// <summary>Earliest published first.</summary>
    Oldest,
}

/// <summary>新闻动态 narrowed by category, tag and publication date.</summary>
public sealed record NewsQuery : ListQuery, IFacetedQuery<NewsFacets>
{
    /// <summary>The category, e.g. 专访.</summary>
    public NewsCategory? Category { get; init; }

    /// <summary>Published on or after this Shanghai day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this Shanghai day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The order; default newest first.</summary>
    public NewsOrder Order { get; init; }

    /// <inheritdoc />
    public override bool IsEmpty => base.IsEmpty && Category is null && From is null && To is null;

    /// <inheritdoc />
    public override bool Matches(PublishedItem item, string culture, DateTimeOffset now) =>
        base.Matches(item, culture, now)
        && (Category is null || item.Fields<NewsFields>().Category == Category)
        && Dates.InRange(item.Published is { } p ? Dates.DayOf(p) : null, From, To);

    /// <inheritdoc />
    public override bool KeepsTypeOrder => Order == NewsOrder.Newest;

    /// <inheritdoc />
    public override IEnumerable<PublishedItem> Sort(IEnumerable<PublishedItem> items, string culture) =>
        Order == NewsOrder.Oldest ? items.OrderBy(i => i.Published is null).ThenBy(i => i.Published) : items;

    /// <inheritdoc />
    public NewsFacets Count(IReadOnlyList<PublishedItem> items, string culture, DateTimeOffset now) => new(
        Facet.Count<NewsCategory>(items, this with { Category = null }, culture, now, i => [i.Fields<NewsFields>().Category], Facet.InDeclaredOrder),
        Facet.Count(items, this with { Tag = null }, culture, now, i => i.TextOrChinese<Cms.Content.CultureText>(culture).Tags, Facet.ByCount));
}

/// <summary>What each news category and tag would leave.</summary>
/// <param name="Categories">Per category.</param>
/// <param name="Tags">Per tag, most frequent first.</param>
[System.ComponentModel.ImmutableObject(true)]
public sealed record NewsFacets(IReadOnlyList<FacetValue<NewsCategory>> Categories, IReadOnlyList<FacetValue<string>> Tags);
