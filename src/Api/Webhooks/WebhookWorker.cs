using Federation.Cms.Hosting;
using Federation.Cms.Partners;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.Webhooks;

/// <summary>
/// Sends webhooks, on the nodes that run schedules (<c>Content:RunSchedules</c>, on by default and
/// only on <c>cms</c> nodes): every <see cref="WebhookOptions.PollInterval"/> it queues a delivery for
/// each new publish and unpublish, then attempts what is due. Several such nodes may run: the queue in
/// the store gives each event and each attempt to one of them.
/// </summary>
internal sealed partial class WebhookWorker(
    WebhookDeliveries deliveries,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    IOptions<ContentOptions> content,
    TimeProvider time,
    ILogger<WebhookWorker> logger) : BackgroundService
{
    const int ClaimBatchSize = 50;

    /// <summary>Queues new events and attempts every delivery due now; returns how many attempts this node made.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        await deliveries.EnqueueAsync(cancellationToken);
        var attempts = 0;
        // A claim outlives the slowest attempt, so no other node takes over one still under way.
        var lease = settings.Timeout + TimeSpan.FromMinutes(1);
        while (await deliveries.ClaimDueAsync(ClaimBatchSize, lease, cancellationToken) is { Count: > 0 } due)
        {
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrentDeliveries, CancellationToken = cancellationToken }, async (dispatch, token) =>
            {
                var result = await sender.SendAsync(dispatch, token);
                await deliveries.RecordAsync(dispatch, result, token);
                if (!result.Delivered)
                {
                    LogAttemptFailed(dispatch.Url, dispatch.Attempt, result.Error ?? "", result.RetryAt);
                }
            });
            attempts += due.Count;
        }

        return attempts;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!content.Value.RunSchedules)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store may be away for a while; what is queued stays queued.
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Webhook {Url}, attempt {Attempt}: {Error}; next attempt {RetryAt} (none: given up)")]
    partial void LogAttemptFailed(string url, int attempt, string error, DateTimeOffset? retryAt);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Sending webhooks failed; will retry")]
    partial void LogFailed(Exception exception);
}
