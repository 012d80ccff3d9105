using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>关于联合会 pages, all of them or the children of one page, in the editors' order.</summary>
public sealed record PageQuery : ListQuery
{
    /// <summary>Only the children of this page.</summary>
    public Guid? Parent { get; init; }

    /// <summary>Only pages without a parent.</summary>
    public bool TopLevel { get; init; }

    /// <inheritdoc />
    public override bool IsEmpty => base.IsEmpty && Parent is null && !TopLevel;

    /// <inheritdoc />
    public override bool Matches(PublishedItem item, string culture, DateTimeOffset now)
    {
        var parent = item.Fields<PageFields>().Parent;
        return base.Matches(item, culture, now) && (Parent is null || parent == Parent) && (!TopLevel || parent is null);
    }
}
