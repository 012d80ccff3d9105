using Federation.Cms.Content;

namespace Federation.Cms.Snapshot;

/// <summary>
/// Told on every node, after a new snapshot is swapped in, which items' public state changed: those
/// published, replaced, refreshed or taken off. The site evicts the cached pages that show them.
/// </summary>
public interface IPublishedChangeObserver
{
    /// <summary>Called once per applied batch of outbox events, after the swap.</summary>
    Task ChangedAsync(IReadOnlyList<ChangedItem> changes, CancellationToken cancellationToken);
}

/// <summary>An item whose public state changed, and its type.</summary>
public sealed record ChangedItem(Guid Id, ContentType Type);
