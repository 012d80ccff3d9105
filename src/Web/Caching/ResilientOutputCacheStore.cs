using Federation.Web.Redis;
using Microsoft.AspNetCore.OutputCaching;

namespace Federation.Web.Caching;

/// <summary>
/// The output cache when Redis is configured: Redis while <see cref="RedisAvailability"/> says it
/// answers, the in-process cache while it does not, without calling Redis, so an outage costs a
/// request no time. When Redis is back, every page stored there before is marked stale once
/// (evictions made while it was away never reached it) before pages are cached there again.
/// </summary>
internal sealed partial class ResilientOutputCacheStore(
    RedisOutputCacheStore redis, IOutputCacheStore memory, RedisAvailability availability, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore, IDisposable
{
    readonly SemaphoreSlim reconciling = new(1, 1);
    long reconciledOutages;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await RedisUsableAsync())
        {
            try
            {
                return await redis.GetAsync(key, cancellationToken);
            }
            catch (Exception e) when (RedisAvailability.IsOutage(e))
            {
                availability.Failed(e);
            }
        }

        return await memory.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (await RedisUsableAsync())
        {
            try
            {
                await redis.SetAsync(key, value, tags, validFor, cancellationToken);
                return;
            }
            catch (Exception e) when (RedisAvailability.IsOutage(e))
            {
                availability.Failed(e);
            }
        }

        await memory.SetAsync(key, value, tags, validFor, cancellationToken);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Both: the in-process copies may be serving now, or at the next outage.
        await memory.EvictByTagAsync(tag, cancellationToken);
        if (await RedisUsableAsync())
        {
            try
            {
                await redis.EvictByTagAsync(tag, cancellationToken);
            }
            catch (Exception e) when (RedisAvailability.IsOutage(e))
            {
                availability.Failed(e);
            }
        }
    }

    async ValueTask<bool> RedisUsableAsync()
    {
        if (!availability.IsUp)
        {
            return false;
        }

        var outages = availability.Outages;
        if (Interlocked.Read(ref reconciledOutages) == outages)
        {
            return true;
        }

        // One request marks Redis' pages stale; the others use the in-process cache meanwhile, without waiting.
        if (!await reconciling.WaitAsync(0))
        {
            return false;
        }

        try
        {
            await redis.EvictEverythingAsync();
            Interlocked.Exchange(ref reconciledOutages, outages);
            LogBack();
            return true;
        }
        catch (Exception e) when (RedisAvailability.IsOutage(e))
        {
            availability.Failed(e);
            return false;
        }
        finally
        {
            reconciling.Release();
        }
    }

    public void Dispose() => reconciling.Dispose();

    [LoggerMessage(EventId = 2202, EventName = "PagesBackInRedis", Level = LogLevel.Information,
        Message = "Redis answers again; the pages it held from before the outage were marked stale and pages are cached there again")]
    partial void LogBack();
}
