using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Cms.Publishing;

/// <summary>
/// Publishes and unpublishes what editors scheduled, when the time comes (checked every few
/// seconds). Each due item is claimed in the database first, so with several nodes each schedule
/// still runs once.
/// </summary>
internal sealed partial class ScheduledPublisher(
    ContentDbContextFactory store,
    PublishingService publishing,
    Microsoft.Extensions.Options.IOptions<Hosting.ContentOptions> options,
    TimeProvider time,
    ILogger<ScheduledPublisher> logger) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Runs every schedule that is due now; returns how many ran here.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<Guid> toPublish, toUnpublish;
        await using (var db = store.Create())
        {
            toPublish = await db.Items.AsNoTracking().Where(i => i.PublishAt != null && i.PublishAt <= now).OrderBy(i => i.PublishAt).Select(i => i.Id).ToListAsync(cancellationToken);
            toUnpublish = await db.Items.AsNoTracking().Where(i => i.UnpublishAt != null && i.UnpublishAt <= now).OrderBy(i => i.UnpublishAt).Select(i => i.Id).ToListAsync(cancellationToken);
        }

        var ran = 0;
        // Publishes first: an item scheduled to go live and come off within one tick still does both, in order.
        foreach (var id in toPublish)
        {
            ran += await publishing.PublishIfDueAsync(id, cancellationToken) ? 1 : 0;
        }

        foreach (var id in toUnpublish)
        {
            ran += await publishing.UnpublishIfDueAsync(id, cancellationToken) ? 1 : 0;
        }

        return ran;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunSchedules)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await RunDueAsync(stoppingToken) is > 0 and var ran)
                {
                    LogRan(ran);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Ran {Count} scheduled publishes and unpublishes")]
    partial void LogRan(int count);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Scheduled publishing failed; will retry")]
    partial void LogFailed(Exception exception);
}
