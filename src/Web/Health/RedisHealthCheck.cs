using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Federation.Web.Health;

/// <summary>Pings Redis when <c>ConnectionStrings:Redis</c> is set.</summary>
internal sealed class RedisHealthCheck(string connectionString) : IHealthCheck, IDisposable
{
    readonly Lazy<Task<ConnectionMultiplexer>> connection = new(() => ConnectToAsync(connectionString));

    static Task<ConnectionMultiplexer> ConnectToAsync(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        return ConnectionMultiplexer.ConnectAsync(options);
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var redis = await connection.Value;
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Public pages fall back to in-process caching, so the site is degraded, not down.
            return HealthCheckResult.Degraded($"Redis does not answer: {e.Message}");
        }
    }

    public void Dispose()
    {
        if (connection.IsValueCreated && connection.Value.IsCompletedSuccessfully)
        {
            connection.Value.Result.Dispose();
        }
    }
}
