using System.Globalization;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>The orders the standards catalogue offers.</summary>
public enum StandardOrder
{
    /// <summary>Latest publication date first; standards without one last.</summary>
    Newest,

    /// <summary>Earliest publication date first; standards without one last.</summary>
    Oldest,

    /// <summary>By code, e.g. T/SHMSIF 001 before T/SHMSIF 002; standards without one last.</summary>
    Code,

    /// <summary>By title in the reader's language (pinyin order for Chinese).</summary>
    Title,
}

/// <summary>The 团体标准 catalogue narrowed by status, domain, publication year and code, in a chosen order.</summary>
public sealed record StandardQuery : ListQuery, IFacetedQuery<StandardFacets>
{
    /// <summary>The life-cycle status.</summary>
    public StandardStatus? Status { get; init; }

    /// <summary>The domain in the reader's culture, e.g. 人工智能.</summary>
    public string? Domain { get; init; }

    /// <summary>The year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>The code, matched whole and without regard to case.</summary>
    public string? Code { get; init; }

    /// <summary>The order; default newest first.</summary>
    public StandardOrder Order { get; init; }

    /// <inheritdoc />
    public override bool IsEmpty => base.IsEmpty && Status is null && Domain is null && Year is null && Code is null;

    /// <inheritdoc />
    public override bool Matches(PublishedItem item, string culture, DateTimeOffset now)
    {
        var fields = item.Fields<StandardFields>();
        return base.Matches(item, culture, now)
            && (Status is null || fields.Status == Status)
            && (Domain is null || item.TextOrChinese<StandardText>(culture).Domain == Domain)
            && (Year is null || fields.PublicationDate?.Year == Year)
            && (Code is null || string.Equals(fields.Code?.Trim(), Code.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public override bool KeepsTypeOrder => Order == StandardOrder.Newest;

    /// <inheritdoc />
    public override IEnumerable<PublishedItem> Sort(IEnumerable<PublishedItem> items, string culture)
    {
        static DateOnly? Published(PublishedItem i) => i.Fields<StandardFields>().PublicationDate;
        var title = StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.IgnoreCase);
        return Order switch
        {
            StandardOrder.Oldest => items.OrderBy(i => Published(i) is null).ThenBy(Published).ThenBy(i => i.Fields<StandardFields>().Code, StringComparer.Ordinal),
            StandardOrder.Code => items.OrderBy(i => i.Fields<StandardFields>().Code is null).ThenBy(i => i.Fields<StandardFields>().Code, StringComparer.OrdinalIgnoreCase),
            StandardOrder.Title => items.OrderBy(i => i.TextOrChinese<CultureText>(culture).Title, title),
            _ => items.OrderBy(i => Published(i) is null).ThenByDescending(Published).ThenByDescending(i => i.Published).ThenBy(i => i.Fields<StandardFields>().Code, StringComparer.Ordinal),
        };
    }

    /// <inheritdoc />
    public StandardFacets Count(IReadOnlyList<PublishedItem> items, string culture, DateTimeOffset now) => new(
        Facet.Count(items, this with { Status = null }, culture, now, i => Facet.One(i.Fields<StandardFields>().Status), Facet.InDeclaredOrder),
        Facet.Count(items, this with { Domain = null }, culture, now, i => Facet.One(i.TextOrChinese<StandardText>(culture).Domain), Facet.ByCount),
        Facet.Count(items, this with { Year = null }, culture, now, i => Facet.One(i.Fields<StandardFields>().PublicationDate?.Year), v => v.OrderByDescending(y => y.Value)));
}

/// <summary>What each status, domain and year would leave.</summary>
/// <param name="Statuses">Per status, in life-cycle order.</param>
/// <param name="Domains">Per domain, most frequent first.</param>
/// <param name="Years">Per publication year, latest first.</param>
[System.ComponentModel.ImmutableObject(true)]
public sealed record StandardFacets(
    IReadOnlyList<FacetValue<StandardStatus>> Statuses, IReadOnlyList<FacetValue<string>> Domains, IReadOnlyList<FacetValue<int>> Years);
