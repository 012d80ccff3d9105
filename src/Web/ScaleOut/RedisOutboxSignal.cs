using Federation.Cms.Outbox;
using Federation.Web.Redis;
using StackExchange.Redis;

namespace Federation.Web.ScaleOut;

/// <summary>
/// Outbox signals over Redis pub/sub: after a write, this node publishes the outbox cursor on
/// <see cref="Channel"/>, and <see cref="RedisOutboxSubscription"/> on every node applies the change
/// log at once. Lost messages (Redis away, a node restarting) only delay a node until its next poll,
/// so the signal is sent without waiting for Redis' answer, and not at all while Redis is away: a
/// publish never waits on Redis.
/// </summary>
internal sealed class RedisOutboxSignal(RedisConnection redis, RedisAvailability availability) : IOutboxSignal
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("federation:outbox");

    public Task AnnounceAsync(long cursor, CancellationToken cancellationToken)
    {
        if (availability.IsUp)
        {
            try
            {
                redis.Multiplexer.GetSubscriber().Publish(Channel, cursor, CommandFlags.FireAndForget);
            }
            catch (Exception e) when (RedisAvailability.IsOutage(e))
            {
                availability.Failed(e);
            }
        }

        return Task.CompletedTask;
    }
}
