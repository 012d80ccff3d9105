using StackExchange.Redis;

namespace Federation.Web.Redis;

/// <summary>
/// The node's one connection to Redis (<c>ConnectionStrings:Redis</c>). It never blocks start-up
/// and never gives up: while Redis is away, calls fail fast and the callers fall back
/// (<see cref="RedisAvailability"/> tells them before they call).
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
        // Redis on the nodes' network answers in well under a millisecond: a command not answered in half
        // a second means Redis is away, and RedisAvailability sends every later request to its fallback.
        options.ConnectTimeout = 1000;
        options.SyncTimeout = 500;
        options.AsyncTimeout = 500;
        options.ConnectRetry = 1;
        // The default backlog holds commands while disconnected until their timeout: each request would
        // wait out the timeout during an outage. Failing at once lets the caller fall back at once.
        options.BacklogPolicy = BacklogPolicy.FailFast;
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
