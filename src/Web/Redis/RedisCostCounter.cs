using Federation.Api.GraphQL.RateLimits;
using StackExchange.Redis;

namespace Federation.Web.Redis;

/// <summary>Rate-limit counts in Redis, so a caller's limit holds across every node: one key per caller and minute, gone two minutes later.</summary>
internal sealed class RedisCostCounter(RedisConnection redis) : ICostCounter
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    public async Task<long> AddAsync(string caller, long minute, long cost, CancellationToken cancellationToken)
    {
        var key = Key(caller, minute);
        var count = await redis.Database.StringIncrementAsync(key, cost);
        if (count == cost)
        {
            await redis.Database.KeyExpireAsync(key, Lifetime);
        }

        return count;
    }

    public async Task<long> ReadAsync(string caller, long minute, CancellationToken cancellationToken) =>
        (long?)await redis.Database.StringGetAsync(Key(caller, minute)) ?? 0;

    static RedisKey Key(string caller, long minute) => $"federation:rate:{caller}:{minute}";
}
