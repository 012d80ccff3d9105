using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Federation.Api.Search.Elasticsearch;
using Federation.Api.Search.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>A request the fake cluster received.</summary>
internal sealed record ClusterRequest(string Method, string Path, string Query, string? Authorization, string? ContentType, string Body)
{
    /// <summary>The body as JSON.</summary>
    public JsonNode Json => JsonNode.Parse(Body)!;

    /// <summary>The lines of a bulk body, each as JSON; the body must end with a newline.</summary>
    public IReadOnlyList<JsonNode> NdjsonLines
    {
        get
        {
            Assert.EndsWith("\n", Body, StringComparison.Ordinal);
            return [.. Body[..^1].Split('\n').Select(line => JsonNode.Parse(line)!)];
        }
    }
}

/// <summary>What the fake cluster answers.</summary>
internal sealed record ClusterAnswer(int Status, string Json, TimeSpan Delay = default)
{
    public static ClusterAnswer Ok(string json) => new(200, json);
}

/// <summary>
/// An Elasticsearch stand-in: a real HTTP server on loopback (Kestrel) that records every request
/// and answers with JSON shaped like the Elasticsearch 8 REST documentation's examples. Unknown
/// requests get a 404 as Elasticsearch gives for a missing index.
/// </summary>
internal sealed class FakeCluster : IAsyncDisposable
{
    public const string Alias = "federation-content";

    /// <summary>An API key in the form Elasticsearch gives (base64 of id:key); invented.</summary>
    public const string ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    readonly WebApplication app;
    readonly ConcurrentQueue<ClusterRequest> requests = new();
    readonly List<(Func<ClusterRequest, bool> When, Func<ClusterRequest, ClusterAnswer> Answer)> routes = [];
    readonly List<ServiceProvider> providers = [];

    FakeCluster(WebApplication app) => this.app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>The requests received so far, in order.</summary>
    public IReadOnlyList<ClusterRequest> Requests => [.. requests];

    public static async Task<FakeCluster> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var cluster = new FakeCluster(builder.Build());
        cluster.app.Run(cluster.HandleAsync);
        await cluster.app.StartAsync();
        cluster.Url = new Uri(cluster.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return cluster;
    }

    /// <summary>Answers requests that match; a later answer for the same requests wins.</summary>
    public FakeCluster On(Func<ClusterRequest, bool> when, Func<ClusterRequest, ClusterAnswer> answer)
    {
        lock (routes)
        {
            routes.Add((when, answer));
        }

        return this;
    }

    public FakeCluster On(string method, string path, Func<ClusterRequest, ClusterAnswer> answer) =>
        On(r => r.Method == method && r.Path == path, answer);

    public FakeCluster On(string method, string path, string json) => On(method, path, _ => ClusterAnswer.Ok(json));

    /// <summary>
    /// An engine of this cluster, made as the host makes it (<see cref="ElasticsearchServiceCollectionExtensions.AddElasticsearchEngine"/>),
    /// with the API key, a 5-second timeout and a clock at <paramref name="now"/>.
    /// </summary>
    public ISearchEngine Engine(Action<ElasticsearchOptions>? configure = null, DateTimeOffset? now = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 26, 3, 2, 29, 123, TimeSpan.Zero)));
        services.AddOptions<SearchOptions>().Configure(o =>
        {
            o.Engine = ElasticsearchEngine.EngineName;
            o.Elasticsearch.Url = Url;
            o.Elasticsearch.ApiKey = ApiKey;
            o.Elasticsearch.Alias = Alias;
            o.Elasticsearch.Timeout = TimeSpan.FromSeconds(5);
            configure?.Invoke(o.Elasticsearch);
        });
        services.AddElasticsearchEngine();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        providers.Add(provider);
        return provider.GetRequiredService<ISearchEngine>();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var request = new ClusterRequest(
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType,
            await reader.ReadToEndAsync(context.RequestAborted));
        requests.Enqueue(request);

        Func<ClusterRequest, ClusterAnswer>? answer;
        lock (routes)
        {
            answer = routes.LastOrDefault(r => r.When(request)).Answer;
        }

        var reply = answer?.Invoke(request) ?? EsJson.NotFound(request.Path.TrimStart('/').Split('/')[0]);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Json, context.RequestAborted);
    }

    /// <summary>An address on loopback where nothing listens: a port taken and let go.</summary>
    public static Uri Refusing()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
