using StackExchange.Redis;

namespace Federation.Web.Redis;

/// <summary>
/// The node's one connection to Redis (<c>ConnectionStrings:Redis</c>). It never blocks start-up
/// and never gives up: while Redis is away, calls fail fast and the callers fall back.
/// </summary>
internal sealed class RedisConnection(string connectionString) : IDisposable
{
    /// <summary>The configured connection string, or null when this node runs without Redis.</summary>
    public static string? Configured(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { Length: > 0 } configured ? configured : null;

    readonly Lazy<ConnectionMultiplexer> multiplexer = new(() =>
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 1000;
        options.AsyncTimeout = 1000;
        options.ConnectRetry = 1;
        return ConnectionMultiplexer.Connect(options);
    });

    public IDatabase Database => multiplexer.Value.GetDatabase();

    public ConnectionMultiplexer Multiplexer => multiplexer.Value;

    public void Dispose()
    {
        if (multiplexer.IsValueCreated)
        {
            multiplexer.Value.Dispose();
        }
    }
}
