namespace Federation.Cms.Storage;

/// <summary>
/// A publish or unpublish, written in the same transaction as the change itself. The rows
/// are also the change log every node reads, in id order, to apply each change once.
/// </summary>
internal sealed class OutboxEventRecord
{
    /// <summary>Increasing sequence number.</summary>
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public OutboxEventKind Kind { get; set; }

    /// <summary>The version that went live, for <see cref="OutboxEventKind.Published"/>.</summary>
    public int? Version { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

/// <summary>What happened to an item's public state.</summary>
public enum OutboxEventKind
{
    /// <summary>A version went live.</summary>
    Published,

    /// <summary>The item was taken off the site.</summary>
    Unpublished,

    /// <summary>Something the item's public page shows changed without a publish (a redirect, an image's alt text): reload it.</summary>
    Refreshed,
}
