using Federation.Api.GraphQL.RateLimits;
using StackExchange.Redis;

namespace Federation.Web.Redis;

/// <summary>
/// Rate-limit counts in Redis, so a caller's limit holds across every node: one key per caller and
/// minute, gone two minutes later. While Redis is away the counts are kept in this process (the
/// limit then holds per node), without waiting on Redis.
/// </summary>
internal sealed class RedisCostCounter(RedisConnection redis, RedisAvailability availability) : ICostCounter
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    readonly InProcessCostCounter fallback = new();

    public async Task<long> AddAsync(string caller, long minute, long cost, CancellationToken cancellationToken)
    {
        if (availability.IsUp)
        {
            try
            {
                var key = Key(caller, minute);
                var count = await redis.Database.StringIncrementAsync(key, cost);
                if (count == cost)
                {
                    await redis.Database.KeyExpireAsync(key, Lifetime, flags: CommandFlags.FireAndForget);
                }

                return count;
            }
            catch (Exception e) when (RedisAvailability.IsOutage(e))
            {
                availability.Failed(e);
            }
        }

        return await fallback.AddAsync(caller, minute, cost, cancellationToken);
    }

    public async Task<long> ReadAsync(string caller, long minute, CancellationToken cancellationToken)
    {
        if (availability.IsUp)
        {
            try
            {
                return (long?)await redis.Database.StringGetAsync(Key(caller, minute)) ?? 0;
            }
            catch (Exception e) when (RedisAvailability.IsOutage(e))
            {
                availability.Failed(e);
            }
        }

        return await fallback.ReadAsync(caller, minute, cancellationToken);
    }

    static RedisKey Key(string caller, long minute) => $"federation:rate:{caller}:{minute}";
}
