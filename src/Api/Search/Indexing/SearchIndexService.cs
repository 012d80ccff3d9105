using Federation.Api.Search.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Api.Search.Indexing;

/// <summary>
/// Opens the search index once the snapshot is loaded (rebuilding it in the background when it is
/// missing or damaged, while the site serves), then every few seconds looks for an index that the
/// <c>reindex</c> command swapped in, and brings it up to date.
/// </summary>
internal sealed partial class SearchIndexService(SearchIndex index, ISearchEngine engine, TimeProvider time, ILogger<SearchIndexService> logger) : BackgroundService
{
    static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);
    static readonly TimeSpan FollowInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The host does not wait for the index: pages serve while it opens.
        await Task.Yield();
        while (true)
        {
            try
            {
                await index.OpenAsync(stoppingToken);
                break;
            }
            catch (SearchUnavailableException e)
            {
                LogOpenFailed(e, engine.Name);
                await Task.Delay(RetryInterval, time, stoppingToken);
            }
        }

        using var timer = new PeriodicTimer(FollowInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await engine.FollowSwapAsync(stoppingToken))
                {
                    await index.CatchUpAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFollowFailed(e, engine.Name);
            }
        }
    }

    [LoggerMessage(EventId = 7020, Level = LogLevel.Warning, Message = "The {Engine} search index could not be opened; retrying")]
    partial void LogOpenFailed(Exception exception, string engine);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Warning, Message = "Could not take up the {Engine} search index another process built")]
    partial void LogFollowFailed(Exception exception, string engine);
}
