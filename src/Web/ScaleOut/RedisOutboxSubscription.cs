using Federation.Cms.Outbox;
using Federation.Web.Redis;

namespace Federation.Web.ScaleOut;

/// <summary>
/// Listens on <see cref="RedisOutboxSignal.Channel"/> and applies the change log when another node
/// announces a write. Subscribing never holds up start-up: if Redis is away, it tries again, and
/// once subscribed the connection re-subscribes by itself after an outage.
/// </summary>
internal sealed partial class RedisOutboxSubscription(RedisConnection redis, OutboxDispatcher dispatcher, ILogger<RedisOutboxSubscription> logger) : BackgroundService
{
    static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await redis.Multiplexer.GetSubscriber().SubscribeAsync(RedisOutboxSignal.Channel, (_, _) => _ = CatchUpAsync(stoppingToken));
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSubscribeFailed(e);
                await Task.Delay(RetryInterval, stoppingToken);
            }
        }
    }

    async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            await dispatcher.CatchUpAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCatchUpFailed(e);
        }
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Warning, Message = "Could not subscribe to outbox signals; until then this node follows the change log by polling")]
    partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Could not apply the change log on a signal; the next poll will")]
    partial void LogCatchUpFailed(Exception exception);
}
