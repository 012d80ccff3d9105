using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>Whether a forum lies ahead or behind.</summary>
public enum ForumTiming
{
    /// <summary>Not yet over: it starts, or is still running, at or after now.</summary>
    Upcoming,

    /// <summary>Over.</summary>
    Past,
}

/// <summary>The orders of the forum list.</summary>
public enum ForumOrder
{
    /// <summary>Upcoming forums soonest first, then those not yet dated, then past forums latest first.</summary>
    UpcomingFirst,

    /// <summary>Earliest start first; forums not yet dated last.</summary>
    Earliest,

    /// <summary>Latest start first; forums not yet dated last.</summary>
    Latest,
}

/// <summary>论坛活动 narrowed by upcoming or past, organiser and date.</summary>
public sealed record ForumQuery : ListQuery, IFacetedQuery<ForumFacets>
{
    /// <summary>Upcoming or past; forums whose time is not announced are neither.</summary>
    public ForumTiming? When { get; init; }

    /// <summary>An organiser or co-organiser, in the reader's culture.</summary>
    public string? Organiser { get; init; }

    /// <summary>Starting on or after this Shanghai day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Starting on or before this Shanghai day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The order; default upcoming first.</summary>
    public ForumOrder Order { get; init; }

    /// <inheritdoc />
    public override bool IsEmpty => base.IsEmpty && When is null && Organiser is null && From is null && To is null;

    /// <summary>Upcoming or past at <paramref name="now"/>; null while its time is not announced.</summary>
    public static ForumTiming? TimingOf(PublishedItem forum, DateTimeOffset now)
    {
        var fields = forum.Fields<ForumFields>();
        return (fields.End ?? fields.Start) is { } over ? (over >= now ? ForumTiming.Upcoming : ForumTiming.Past) : null;
    }

    /// <inheritdoc />
    public override bool Matches(PublishedItem item, string culture, DateTimeOffset now) =>
        base.Matches(item, culture, now)
        && (When is null || TimingOf(item, now) == When)
        && (Organiser is null || Organisers(item, culture).Contains(Organiser, StringComparer.Ordinal))
        && Dates.InRange(item.Fields<ForumFields>().Start is { } start ? Dates.DayOf(start) : null, From, To);

    /// <inheritdoc />
    public override bool KeepsTypeOrder => Order == ForumOrder.UpcomingFirst;

    /// <inheritdoc />
    public override IEnumerable<PublishedItem> Sort(IEnumerable<PublishedItem> items, string culture)
    {
        static DateTimeOffset? Start(PublishedItem forum) => forum.Fields<ForumFields>().Start;
        return Order switch
        {
            ForumOrder.Earliest => items.OrderBy(f => Start(f) is null).ThenBy(Start),
            ForumOrder.Latest => items.OrderBy(f => Start(f) is null).ThenByDescending(Start),
            _ => items,
        };
    }

    /// <inheritdoc />
    public ForumFacets Count(IReadOnlyList<PublishedItem> items, string culture, DateTimeOffset now) => new(
        Facet.Count(items, this with { When = null }, culture, now, i => Facet.One(TimingOf(i, now)), Facet.InDeclaredOrder),
        Facet.Count(items, this with { Organiser = null }, culture, now, i => Organisers(i, culture), Facet.ByCount));

    static IEnumerable<string> Organisers(PublishedItem forum, string culture)
    {
        var text = forum.TextOrChinese<ForumText>(culture);
        return Facet.One(text.Organiser).Concat(text.CoOrganisers);
    }
}

/// <summary>What each timing and organiser would leave.</summary>
/// <param name="Timings">Upcoming and past.</param>
/// <param name="Organisers">Per organiser or co-organiser, most frequent first.</param>
[System.ComponentModel.ImmutableObject(true)]
public sealed record ForumFacets(IReadOnlyList<FacetValue<ForumTiming>> Timings, IReadOnlyList<FacetValue<string>> Organisers);
