using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Cms.Search;
using Federation.Cms.Snapshot;
using Microsoft.Extensions.Logging;

namespace Federation.Api.Search.Indexing;

/// <summary>
/// Keeps the search engine's index equal to the published snapshot on this node: each applied batch
/// of outbox events is indexed at once (so a publish is searchable within a second), a stale index is
/// brought up to date at start-up, and a rebuild fills a new index beside the live one and swaps it in.
/// </summary>
internal sealed partial class SearchIndex(
    ISearchEngine engine, PublishedSnapshotStore snapshots, SearchDocuments documents, TimeProvider time, ILogger<SearchIndex> logger) : IPublishedChangeObserver, IDisposable
{
    /// <summary>How many items go to the engine at once (each with its documents in every culture).</summary>
    public const int BatchSize = 250;

    // Writes to the live index, and a rebuild's last catch-up and swap, one at a time.
    readonly SemaphoreSlim gate = new(1, 1);
    readonly Lock starting = new();
    readonly CancellationTokenSource stopping = new();
    Task<RebuildProgress>? rebuild;
    volatile RebuildProgress? progress;
    volatile bool ready;
    volatile bool unreachable;
    int disposed;

    /// <summary>Whether there is a live index: until then (the first build) searches find nothing.</summary>
    public bool IsReady => ready;

    /// <summary>Whether the engine could not be reached when the index was last opened (a cluster that is down).</summary>
    public bool IsUnreachable => unreachable;

    /// <summary>The running rebuild, or the last one since start-up; null when there was none.</summary>
    public RebuildProgress? Progress => progress;

    public async Task ChangedAsync(IReadOnlyList<ChangedItem> changes, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Before the first build is live there is nothing to write to; that build catches up with these changes itself.
            if (ready)
            {
                await ApplyAsync(changes.Select(c => c.Id).ToHashSet(), snapshots.Current, engine.IndexAsync, engine.RemoveAsync, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Opens the live index at start-up and brings it up to date with the snapshot; when there is none
    /// or it cannot be read, starts a rebuild and returns while it runs.
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string>? stamps;
        try
        {
            stamps = await engine.ReadStampsAsync(cancellationToken);
            unreachable = false;
        }
        catch (SearchUnavailableException)
        {
            unreachable = true;
            throw;
        }

        if (stamps is null)
        {
            LogRebuildingAtStart(engine.Name);
            _ = RebuildAsync();
            return;
        }

        await CatchUpAsync(stamps, cancellationToken);
    }

    /// <summary>Re-reads the live index's stamps and indexes what differs from the snapshot: after another process swapped in an index.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (await engine.ReadStampsAsync(cancellationToken) is { } stamps)
        {
            await CatchUpAsync(stamps, cancellationToken);
        }
    }

    async Task CatchUpAsync(IReadOnlyDictionary<string, string> stamps, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var snapshot = snapshots.Current;
            var stale = snapshot.Items.Where(i => Cultures.All.Any(c => stamps.GetValueOrDefault(SearchDocument.KeyOf(i.Id, c)) != documents.StampOf(i))).Select(i => i.Id);
            var gone = stamps.Keys.Select(k => Guid.ParseExact(k[..32], "N")).Where(id => snapshot.Find(id) is null);
            var changed = stale.Concat(gone).ToHashSet();
            await ApplyAsync(changed, snapshot, engine.IndexAsync, engine.RemoveAsync, cancellationToken);
            ready = true;
            LogCaughtUp(engine.Name, changed.Count, stamps.Count);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Builds a new index of every published item beside the live one and swaps it in; searches use the
    /// live one until then. Only one rebuild runs at a time: asking again while one runs joins it.
    /// </summary>
    /// <param name="latest">
    /// The newest published state, read just before the swap so the new index misses nothing published
    /// during the build; by default this node's snapshot. The <c>reindex</c> command reads the store.
    /// </param>
    /// <param name="report">Told of the progress after each batch.</param>
    public Task<RebuildProgress> RebuildAsync(Func<CancellationToken, Task<PublishedSnapshot>>? latest = null, IProgress<RebuildProgress>? report = null) =>
        StartRebuild(latest, report).Rebuild;

    /// <summary>As <see cref="RebuildAsync"/>, and whether this call started the rebuild rather than joined the running one.</summary>
    public (Task<RebuildProgress> Rebuild, bool Started) StartRebuild(
        Func<CancellationToken, Task<PublishedSnapshot>>? latest = null, IProgress<RebuildProgress>? report = null)
    {
        lock (starting)
        {
            if (rebuild is { IsCompleted: false } running)
            {
                return (running, false);
            }

            var first = snapshots.Current;
            progress = new RebuildProgress(0, first.Count, time.GetUtcNow());
            // A rebuild outlives the request that asked for it, but not the host.
            rebuild = Task.Run(() => BuildAsync(first, latest ?? (_ => Task.FromResult(snapshots.Current)), report, stopping.Token), CancellationToken.None);
            return (rebuild, true);
        }
    }

    async Task<RebuildProgress> BuildAsync(
        PublishedSnapshot first, Func<CancellationToken, Task<PublishedSnapshot>> latest, IProgress<RebuildProgress>? report, CancellationToken cancellationToken)
    {
        var started = progress!.Started;
        try
        {
            await using var build = await engine.BeginBuildAsync(cancellationToken);
            var done = 0;
            foreach (var batch in first.Items.Chunk(BatchSize))
            {
                await build.AddAsync([.. batch.SelectMany(documents.Of)], cancellationToken);
                done += batch.Length;
                Report(new RebuildProgress(done, first.Count, started), report);
            }

            await gate.WaitAsync(cancellationToken);
            try
            {
                // What was published or taken off while the build ran goes in before the swap; after it, the changes go to the new index.
                var now = await latest(cancellationToken);
                var changed = now.Items.Where(i => first.Find(i.Id) is not { } was || documents.StampOf(was) != documents.StampOf(i)).Select(i => i.Id)
                    .Concat(first.Items.Where(i => now.Find(i.Id) is null).Select(i => i.Id))
                    .ToHashSet();
                await ApplyAsync(changed, now, build.AddAsync, build.RemoveAsync, cancellationToken);
                await build.SwapAsync(cancellationToken);
                ready = true;
                var finished = Report(new RebuildProgress(now.Count, now.Count, started, time.GetUtcNow()), report);
                LogRebuilt(engine.Name, now.Count, finished.Finished!.Value - started);
                return finished;
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            return Report(new RebuildProgress(progress?.Done ?? 0, first.Count, started, time.GetUtcNow(), "stopped before it finished"), report);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRebuildFailed(e, engine.Name);
            return Report(new RebuildProgress(progress?.Done ?? 0, first.Count, started, time.GetUtcNow(), e.Message), report);
        }
    }

    RebuildProgress Report(RebuildProgress now, IProgress<RebuildProgress>? report)
    {
        progress = now;
        report?.Report(now);
        return now;
    }

    async Task ApplyAsync(
        IReadOnlySet<Guid> ids, PublishedSnapshot snapshot,
        Func<IReadOnlyList<SearchDocument>, CancellationToken, Task> index, Func<IReadOnlyCollection<Guid>, CancellationToken, Task> remove,
        CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Select(snapshot.Find).OfType<PublishedItem>().Chunk(BatchSize))
        {
            await index([.. batch.SelectMany(documents.Of)], cancellationToken);
        }

        var removed = ids.Where(id => snapshot.Find(id) is null).ToList();
        if (removed.Count > 0)
        {
            await remove(removed, cancellationToken);
        }
    }

    // Called twice: the container disposes it as itself and as a change observer.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            stopping.Cancel();
            stopping.Dispose();
            gate.Dispose();
        }
    }

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "No usable {Engine} search index; building one while the site serves")]
    partial void LogRebuildingAtStart(string engine);

    [LoggerMessage(EventId = 7011, Level = LogLevel.Information, Message = "The {Engine} search index is up to date: {Changed} items re-indexed of {Documents} documents")]
    partial void LogCaughtUp(string engine, int changed, int documents);

    [LoggerMessage(EventId = 7012, Level = LogLevel.Information, Message = "Rebuilt the {Engine} search index: {Items} items in {Elapsed}")]
    partial void LogRebuilt(string engine, int items, TimeSpan elapsed);

    [LoggerMessage(EventId = 7013, Level = LogLevel.Error, Message = "Rebuilding the {Engine} search index failed; the live index is unchanged")]
    partial void LogRebuildFailed(Exception exception, string engine);
}
