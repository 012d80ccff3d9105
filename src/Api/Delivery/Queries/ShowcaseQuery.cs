using System.Globalization;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>The orders of the brand showcase.</summary>
public enum ShowcaseOrder
{
    /// <summary>Special actions by number, then brand cases, then new concepts.</summary>
    Number,

    /// <summary>By title in the reader's language (pinyin order for Chinese).</summary>
    Title,
}

/// <summary>上海服务品牌 narrowed by kind.</summary>
public sealed record ShowcaseQuery : ListQuery
{
    /// <summary>Special action, brand case or new concept.</summary>
    public ShowcaseKind? Kind { get; init; }

    /// <summary>The order; default by kind and number.</summary>
    public ShowcaseOrder Order { get; init; }

    /// <inheritdoc />
    public override bool IsEmpty => base.IsEmpty && Kind is null;

    /// <inheritdoc />
    public override bool Matches(PublishedItem item, string culture, DateTimeOffset now) =>
        base.Matches(item, culture, now) && (Kind is null || item.Fields<ShowcaseFields>().Kind == Kind);

    /// <inheritdoc />
    public override bool KeepsTypeOrder => Order == ShowcaseOrder.Number;

    /// <inheritdoc />
    public override IEnumerable<PublishedItem> Sort(IEnumerable<PublishedItem> items, string culture) => Order == ShowcaseOrder.Title
        ? items.OrderBy(i => i.TextOrChinese<CultureText>(culture).Title, StringComparer.Create(CultureInfo.GetCultureInfo(culture), CompareOptions.IgnoreCase))
        : items;
}
