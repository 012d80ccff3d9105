using Federation.Web.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace Federation.Web.Caching;

/// <summary>
/// HybridCache's second level: Redis while <see cref="RedisAvailability"/> says it answers; while it
/// does not, a miss (and a write that is dropped) at once, so HybridCache serves from its first level
/// or computes, and no request waits on Redis. List keys carry the snapshot's cursor, so nothing
/// written while Redis is away needs reconciling when it returns.
/// </summary>
internal sealed class ResilientDistributedCache(IOptions<RedisCacheOptions> options, RedisAvailability availability) : IDistributedCache, IDisposable
{
    readonly RedisCache redis = new(options);

    public byte[]? Get(string key) => Guard(() => redis.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => GuardAsync(() => redis.GetAsync(key, token), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Guard(() => { redis.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        GuardAsync(async () => { await redis.SetAsync(key, value, options, token); return true; }, false);

    public void Refresh(string key) => Guard(() => { redis.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) => GuardAsync(async () => { await redis.RefreshAsync(key, token); return true; }, false);

    public void Remove(string key) => Guard(() => { redis.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) => GuardAsync(async () => { await redis.RemoveAsync(key, token); return true; }, false);

    public void Dispose() => redis.Dispose();

    T Guard<T>(Func<T> call, T whileAway)
    {
        if (!availability.IsUp)
        {
            return whileAway;
        }

        try
        {
            return call();
        }
        catch (Exception e) when (RedisAvailability.IsOutage(e))
        {
            availability.Failed(e);
            return whileAway;
        }
    }

    async Task<T> GuardAsync<T>(Func<Task<T>> call, T whileAway)
    {
        if (!availability.IsUp)
        {
            return whileAway;
        }

        try
        {
            return await call();
        }
        catch (Exception e) when (RedisAvailability.IsOutage(e))
        {
            availability.Failed(e);
            return whileAway;
        }
    }
}
