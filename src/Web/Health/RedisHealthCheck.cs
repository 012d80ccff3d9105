using Federation.Web.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Federation.Web.Health;

/// <summary>Pings Redis when <c>ConnectionStrings:Redis</c> is set (failing at once while disconnected), and tells <see cref="RedisAvailability"/> when it does not answer.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis, RedisAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.Database.PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            availability.Failed(e);
            // Public pages fall back to in-process caching, so the site is degraded, not down.
            return HealthCheckResult.Degraded($"Redis does not answer: {e.Message}");
        }
    }
}
