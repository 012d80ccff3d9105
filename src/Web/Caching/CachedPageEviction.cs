using Federation.Api.Caching;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;
using Microsoft.AspNetCore.OutputCaching;

namespace Federation.Web.Caching;

/// <summary>
/// Evicts the cached pages that show a changed item: its own pages (in both cultures), and the
/// lists, feeds and pages of its type. An about page's change evicts every page, since the footer
/// lists them all. The eviction runs again two seconds later, for a page that began rendering on
/// the old snapshot and was stored just after the first.
/// </summary>
internal sealed partial class CachedPageEviction(IOutputCacheStore store, TimeProvider time, ILogger<CachedPageEviction> logger) : IPublishedChangeObserver
{
    public static readonly TimeSpan SecondPass = TimeSpan.FromSeconds(2);

    public async Task ChangedAsync(IReadOnlyList<ChangedItem> changes, CancellationToken cancellationToken)
    {
        var tags = changes.SelectMany(c => new[] { CacheTags.Item(c.Id), CacheTags.Type(c.Type) }).Distinct().ToList();
        await EvictAsync(tags, cancellationToken);
        _ = Task.Run(async () =>
        {
            await Task.Delay(SecondPass, time, CancellationToken.None);
            await EvictAsync(tags, CancellationToken.None);
        }, CancellationToken.None);
    }

    async Task EvictAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            try
            {
                await store.EvictByTagAsync(tag, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogEvictionFailed(e, tag);
            }
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Could not evict cached pages tagged {Tag}")]
    partial void LogEvictionFailed(Exception exception, string tag);
}
