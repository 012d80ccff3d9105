using Federation.Cms.Outbox;
using Federation.Web.Redis;
using StackExchange.Redis;

namespace Federation.Web.ScaleOut;

/// <summary>
/// Outbox signals over Redis pub/sub: after a write, this node publishes the outbox cursor on
/// <see cref="Channel"/>, and <see cref="RedisOutboxSubscription"/> on every node applies the change
/// log at once. Lost messages (Redis away, a node restarting) only delay a node until its next poll.
/// </summary>
internal sealed class RedisOutboxSignal(RedisConnection redis) : IOutboxSignal
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("federation:outbox");

    public async Task AnnounceAsync(long cursor, CancellationToken cancellationToken) =>
        await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, cursor);
}
