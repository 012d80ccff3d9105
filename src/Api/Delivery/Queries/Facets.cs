using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>One value a list can be narrowed to, with the number of items it would leave.</summary>
/// <typeparam name="T">The kind of value: a status, a year, a domain…</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Count">How many items match it together with every other criterion of the query.</param>
[System.ComponentModel.ImmutableObject(true)]
public sealed record FacetValue<T>(T Value, int Count);

/// <summary>A query that can count, for each of its criteria, what each value would leave.</summary>
/// <typeparam name="TFacets">The type's facet counts.</typeparam>
public interface IFacetedQuery<out TFacets>
{
    /// <summary>Counts the facets of <paramref name="items"/> (all published items of the type).</summary>
    TFacets Count(IReadOnlyList<PublishedItem> items, string culture, DateTimeOffset now);
}

/// <summary>Counting helpers for facets.</summary>
internal static class Facet
{
    /// <summary>
    /// Counts the values of the items that pass <paramref name="others"/>: the query with this
    /// facet's own criterion cleared, so a reader sees what every choice would leave.
    /// </summary>
    public static IReadOnlyList<FacetValue<T>> Count<T>(
        IEnumerable<PublishedItem> items, ListQuery others, string culture, DateTimeOffset now,
        Func<PublishedItem, IEnumerable<T>> values, Func<IEnumerable<FacetValue<T>>, IEnumerable<FacetValue<T>>> order)
        where T : notnull =>
        [.. order(items.Where(i => others.Matches(i, culture, now))
            .SelectMany(i => values(i).Distinct())
            .CountBy(v => v)
            .Select(c => new FacetValue<T>(c.Key, c.Value)))];

    /// <summary>Most frequent first, then in ordinal order: for free-text values such as tags and domains.</summary>
    public static IEnumerable<FacetValue<string>> ByCount(IEnumerable<FacetValue<string>> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);

    /// <summary>In the order of the enum's declaration, as the site lists them.</summary>
    public static IEnumerable<FacetValue<T>> InDeclaredOrder<T>(IEnumerable<FacetValue<T>> values) where T : struct, Enum =>
        values.OrderBy(v => v.Value);

    /// <summary>A value as a one-element list, or none when it is missing or blank.</summary>
    public static IEnumerable<string> One(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];

    /// <summary>An optional value as a one-element list, or none.</summary>
    public static IEnumerable<T> One<T>(T? value) where T : struct => value is { } v ? [v] : [];
}
