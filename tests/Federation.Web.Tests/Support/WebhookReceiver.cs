using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Federation.Web.Tests.Support;

/// <summary>
/// A partner's webhook endpoint: a Kestrel listener of the test's own on 127.0.0.1, answering
/// each POST to <see cref="Url"/> with the next of the status codes it was given (the last one
/// from then on; 0 for no answer at all, until the sender gives up), and keeping every request as it arrived.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    readonly WebApplication app;
    readonly TimeProvider clock;
    readonly int[] statuses;
    readonly ConcurrentQueue<ReceivedWebhook> received = new();
    int stopped;

    WebhookReceiver(WebApplication app, TimeProvider clock, int[] statuses) => (this.app, this.clock, this.statuses) = (app, clock, statuses);

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    /// <summary>Starts a receiver that answers with <paramref name="statuses"/> in turn (200 when none), noting the time on <paramref name="clock"/>.</summary>
    public static async Task<WebhookReceiver> StartAsync(TimeProvider clock, params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, clock, statuses.Length == 0 ? [200] : statuses);
        app.MapPost("/hooks/federation", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Url = new Uri(app.Urls.Single() + "/hooks/federation");
        return receiver;
    }

    async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        int status;
        lock (received)
        {
            received.Enqueue(new ReceivedWebhook(body.ToArray(), headers, clock.GetUtcNow()));
            status = statuses[Math.Min(received.Count, statuses.Length) - 1];
        }

        if (status == 0)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The sender gave up.
            }

            return Results.Empty;
        }

        return Results.Text(status < 300 ? "thanks" : "receiver is having a bad day", statusCode: status);
    }

    /// <summary>Stops listening: from then on a request to <see cref="Url"/> finds no one. Safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

/// <summary>One request as the receiver got it.</summary>
internal sealed record ReceivedWebhook(byte[] Body, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>
    /// Checks <c>Federation-Signature</c> as docs/graphql.md tells partners to: HMAC-SHA256 keyed with
    /// the secret over the timestamp, a dot and the raw body, compared with v1.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        var parts = (Header("Federation-Signature") ?? "").Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var timestamp) || !parts.TryGetValue("v1", out var signature))
        {
            return false;
        }

        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. Body];
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature));
    }
}
