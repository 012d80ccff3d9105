using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Federation.Tests.Site;

/// <summary>
/// A Redis server of the test's own (Debian's redis-server, which tests/run installs), on a free
/// loopback port, without persistence. The test can stop it and start it again on the same port.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    const string Executable = "/usr/bin/redis-server";

    Process? process;

    RedisServer(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's redis-server (tests/run does so as root).");
        }

        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new RedisServer(port);
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        process = Process.Start(new ProcessStartInfo(Executable, ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {Port}");
    }

    /// <summary>How many keys match <paramref name="pattern"/> (e.g. <c>federation:page:*</c>).</summary>
    public async Task<long> CountKeysAsync(string pattern)
    {
        await using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(ConnectionString + ",allowAdmin=true");
        var keys = 0L;
        await foreach (var _ in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: pattern))
        {
            keys++;
        }

        return keys;
    }

    /// <summary>How many clients are subscribed to <paramref name="channel"/> now.</summary>
    public async Task<long> SubscribersAsync(string channel)
    {
        await using var connection = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(ConnectionString);
        return await connection.GetServer(connection.GetEndPoints()[0]).SubscriptionSubscriberCountAsync(StackExchange.Redis.RedisChannel.Literal(channel));
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
