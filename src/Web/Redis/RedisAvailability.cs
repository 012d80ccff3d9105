using StackExchange.Redis;

namespace Federation.Web.Redis;

/// <summary>
/// Whether Redis answers, as one cheap flag every Redis user reads before it calls: the page cache,
/// HybridCache's second level, the rate-limit counter, outbox signals and the data-protection keys.
/// It goes down at once when the connection reports a failure or a caller's command fails
/// (<see cref="Failed"/>), so the next request goes straight to its in-process fallback instead of
/// waiting on a timeout; while down, a ping every <see cref="ProbeInterval"/> (and the connection's
/// own restore event) brings it back up by itself. <see cref="Outages"/> counts the outages, so a
/// user that must reconcile after one (the page cache) can tell that one happened.
/// </summary>
internal sealed partial class RedisAvailability : IDisposable
{
    /// <summary>How often Redis is pinged while it is down.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(500);

    readonly RedisConnection redis;
    readonly ILogger<RedisAvailability> logger;
    readonly ITimer probe;
    int down;
    int probing;
    long outages;

    public RedisAvailability(RedisConnection redis, TimeProvider time, ILogger<RedisAvailability> logger)
    {
        this.redis = redis;
        this.logger = logger;
        probe = time.CreateTimer(_ => _ = ProbeAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        // Connecting never blocks start-up (RedisConnection); until the first connect, calls fail fast and say so.
        var multiplexer = redis.Multiplexer;
        multiplexer.ConnectionFailed += (_, e) => Failed(e.Exception, e.FailureType.ToString());
        multiplexer.ConnectionRestored += (_, _) => _ = ProbeAsync();
        if (!multiplexer.IsConnected)
        {
            Failed(null, "not connected at start-up");
        }
    }

    /// <summary>Whether Redis answered last; when false, use the in-process fallback without calling Redis.</summary>
    public bool IsUp => Volatile.Read(ref down) == 0;

    /// <summary>How many times Redis has gone down since start-up.</summary>
    public long Outages => Interlocked.Read(ref outages);

    /// <summary>Whether <paramref name="exception"/> says Redis is away (rather than a bug in the call).</summary>
    public static bool IsOutage(Exception exception) => exception is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>A call to Redis failed with <paramref name="exception"/>, or the connection dropped: Redis counts as down until a ping answers.</summary>
    public void Failed(Exception? exception, string? reason = null)
    {
        if (Interlocked.Exchange(ref down, 1) == 0)
        {
            Interlocked.Increment(ref outages);
            LogDown(exception, reason ?? exception?.GetType().Name ?? "unknown");
        }

        probe.Change(ProbeInterval, ProbeInterval);
    }

    async Task ProbeAsync()
    {
        if (IsUp || Interlocked.Exchange(ref probing, 1) == 1)
        {
            return;
        }

        try
        {
            if (!redis.Multiplexer.IsConnected)
            {
                return;
            }

            await redis.Database.PingAsync();
            probe.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Volatile.Write(ref down, 0);
            LogUp();
        }
        catch (Exception e) when (IsOutage(e))
        {
            // Still away; the timer tries again.
        }
        finally
        {
            Volatile.Write(ref probing, 0);
        }
    }

    public void Dispose() => probe.Dispose();

    [LoggerMessage(EventId = 2501, EventName = "RedisDown", Level = LogLevel.Warning,
        Message = "Redis does not answer ({Reason}); every Redis user falls back to this process until a ping answers")]
    partial void LogDown(Exception? exception, string reason);

    [LoggerMessage(EventId = 2502, EventName = "RedisUp", Level = LogLevel.Information, Message = "Redis answers again; its users go back to it")]
    partial void LogUp();
}
