using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Cms.Outbox;

/// <summary>
/// Applies each outbox event once on this node, in order: it swaps in a new published snapshot.
/// The node that publishes applies its own event at once; a short poll picks up events written
/// by anything else (an import, another node).
/// </summary>
internal sealed partial class OutboxDispatcher(
    ContentDbContextFactory store,
    SnapshotLoader loader,
    PublishedSnapshotStore snapshots,
    IEnumerable<IPublishedChangeObserver> observers,
    IEnumerable<IOutboxSignal> signals,
    Microsoft.Extensions.Options.IOptions<Hosting.ContentOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    const int BatchSize = 500;

    // One dispatch at a time, so that no event is applied twice or out of order on this node.
    readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>
    /// Applies every event written since the current snapshot's cursor, after a write on this node,
    /// and tells the other nodes to do the same now.
    /// </summary>
    /// <returns>The number of events applied.</returns>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        var applied = await ApplyPendingAsync(cancellationToken);
        if (applied > 0)
        {
            foreach (var signal in signals)
            {
                try
                {
                    await signal.AnnounceAsync(snapshots.Current.Cursor, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The others will read the change log at their next poll; the write itself succeeded.
                    LogSignalFailed(e);
                }
            }
        }

        return applied;
    }

    /// <summary>Applies what other nodes wrote: on a signal from them, or at the poll. Announces nothing.</summary>
    public Task<int> CatchUpAsync(CancellationToken cancellationToken = default) => ApplyPendingAsync(cancellationToken);

    async Task<int> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var applied = 0;
            while (true)
            {
                var snapshot = snapshots.Current;
                List<OutboxEventRecord> events;
                await using (var db = store.Create())
                {
                    events = await db.OutboxEvents.AsNoTracking()
                        .Where(e => e.Id > snapshot.Cursor)
                        .OrderBy(e => e.Id)
                        .Take(BatchSize)
                        .ToListAsync(cancellationToken);
                }

                if (events.Count == 0)
                {
                    return applied;
                }

                // The item's current state decides, not the event's payload: replaying an event is harmless.
                var ids = events.Select(e => e.ItemId).ToHashSet();
                var published = await loader.LoadAsync(ids, cancellationToken);
                var removed = ids.Except(published.Select(p => p.Id));
                snapshots.Swap(snapshot.With(published, removed, events[^1].Id, time.GetUtcNow()));
                applied += events.Count;
                LogApplied(events.Count, events[^1].Id, snapshots.Current.Count);
                // What was live before or is live now; an item that was never public changed nothing the public sees.
                var changes = ids.Select(id => (snapshot.Find(id) ?? snapshots.Current.Find(id)) is { } item ? new ChangedItem(id, item.Type) : null)
                    .OfType<ChangedItem>().ToList();
                if (changes.Count > 0)
                {
                    foreach (var observer in observers)
                    {
                        try
                        {
                            await observer.ChangedAsync(changes, cancellationToken);
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            // The publish is committed and the snapshot swapped; an observer's trouble (a cache that is down) must not undo that.
                            LogObserverFailed(e, observer.GetType().Name);
                        }
                    }
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ChangeLogPollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be unreachable for a while; the snapshot keeps serving and the next tick retries.
                LogDispatchFailed(e);
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Applied {Count} outbox events up to {Cursor}; {Items} items published")]
    partial void LogApplied(int count, long cursor, int items);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Could not read the outbox; will retry")]
    partial void LogDispatchFailed(Exception exception);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Could not tell the other nodes about new outbox events; they will read them at their next poll")]
    partial void LogSignalFailed(Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "{Observer} failed to take in published changes")]
    partial void LogObserverFailed(Exception exception, string observer);
}
