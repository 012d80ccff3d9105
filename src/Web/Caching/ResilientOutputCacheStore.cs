using Federation.Web.Redis;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Federation.Web.Caching;

/// <summary>
/// The output cache when Redis is configured: Redis while it answers, the in-process cache while it
/// does not, so no public request fails because Redis stopped. Every few seconds Redis is tried
/// again; when it is back, its pages are cleared first (evictions made while it was away never
/// reached it) and the in-process copies are dropped (they would be stale at the next outage).
/// </summary>
internal sealed partial class ResilientOutputCacheStore(
    RedisOutputCacheStore redis, IOutputCacheStore memory, TimeProvider time, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore, IDisposable
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(3);

    /// <summary>Added to every in-process entry, so they can all be dropped at once.</summary>
    const string Everything = "federation:everything";

    readonly SemaphoreSlim recovering = new(1, 1);
    DateTimeOffset retryAt = DateTimeOffset.MinValue;
    bool wasDown;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (await RedisUsableAsync())
        {
            try
            {
                return await redis.GetAsync(key, cancellationToken);
            }
            catch (Exception e) when (IsOutage(e))
            {
                Down(e);
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
            catch (Exception e) when (IsOutage(e))
            {
                Down(e);
            }
        }

        await memory.SetAsync(key, value, [.. tags ?? [], Everything], validFor, cancellationToken);
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
            catch (Exception e) when (IsOutage(e))
            {
                Down(e);
            }
        }
    }

    async ValueTask<bool> RedisUsableAsync()
    {
        if (!wasDown)
        {
            return true;
        }

        if (time.GetUtcNow() < retryAt || !await recovering.WaitAsync(0))
        {
            return false;
        }

        try
        {
            await redis.ClearAsync();
            await memory.EvictByTagAsync(Everything, CancellationToken.None);
            wasDown = false;
            LogBack();
            return true;
        }
        catch (Exception e) when (IsOutage(e))
        {
            retryAt = time.GetUtcNow() + RetryAfter;
            return false;
        }
        finally
        {
            recovering.Release();
        }
    }

    void Down(Exception e)
    {
        if (!wasDown)
        {
            LogDown(e);
        }

        wasDown = true;
        retryAt = time.GetUtcNow() + RetryAfter;
    }

    public void Dispose() => recovering.Dispose();

    static bool IsOutage(Exception e) => e is RedisException or TimeoutException or ObjectDisposedException;

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Redis does not answer; pages are cached in process until it does")]
    partial void LogDown(Exception exception);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Redis answers again; its cached pages were cleared and pages are cached there again")]
    partial void LogBack();
}
