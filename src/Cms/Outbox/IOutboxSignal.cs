namespace Federation.Cms.Outbox;

/// <summary>
/// Tells the other nodes that this node wrote outbox events, so they apply them at once rather than
/// at their next poll (the host sends it over Redis pub/sub). A lost signal only delays: every
/// node also reads the outbox, the change log, every second.
/// </summary>
public interface IOutboxSignal
{
    /// <summary>Announces that events up to <paramref name="cursor"/> are in the outbox.</summary>
    Task AnnounceAsync(long cursor, CancellationToken cancellationToken);
}
