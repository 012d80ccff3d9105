using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>An answer of the cluster that is not a failure of the cluster: a success, or a 4xx the caller reads.</summary>
internal sealed class ClusterReply(HttpStatusCode status, JsonDocument body) : IDisposable
{
    public HttpStatusCode Status => status;

    public JsonDocument Body => body;

    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public void Dispose() => Body.Dispose();
}

/// <summary>
/// Sends requests to the cluster over the named <see cref="HttpClient"/> (<see cref="ClientName"/>:
/// base address, API key and timeout from <see cref="ElasticsearchOptions"/>) and tells its
/// failures apart: one it cannot help (unreachable, too slow, 5xx, 429, refused credentials)
/// is a <see cref="SearchUnavailableException"/>; a request it refuses (4xx) is the engine's
/// mistake, an <see cref="InvalidOperationException"/> with Elasticsearch's reason. Messages name
/// the cluster by scheme, host and path only, never its key or any user information.
/// </summary>
internal sealed partial class ElasticsearchCluster(IHttpClientFactory clients, IOptions<SearchOptions> options, ILogger<ElasticsearchCluster> logger)
{
    public const string ClientName = "Federation.Search.Elasticsearch";

    const string NdjsonMediaType = "application/x-ndjson";

    /// <summary>The cluster as messages name it: e.g. <c>https://search.example:9200/</c>.</summary>
    public string Name { get; } = Describe(options.Value.Elasticsearch.Url);

    /// <summary>Sends a request whose answer needs only to be a 2xx (an acknowledgement); any other throws.</summary>
    public async Task CallAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var answer = EnsureSuccess(await TrySendAsync(method, path, body, cancellationToken), method, path);
    }

    /// <summary>Posts bulk bodies (<see cref="BulkRequest"/>) one after another; the first with a failed item throws (<see cref="BulkResponse"/>).</summary>
    public async Task BulkAsync(string path, IEnumerable<ReadOnlyMemory<byte>> bodies, CancellationToken cancellationToken)
    {
        foreach (var body in bodies)
        {
            var content = new ReadOnlyMemoryContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue(NdjsonMediaType);
            using var response = EnsureSuccess(await SendCoreAsync(HttpMethod.Post, path, content, cancellationToken), HttpMethod.Post, path);
            BulkResponse.ThrowOnFailure(response.RootElement, Name);
        }
    }

    /// <summary>Sends a request; a 2xx or 4xx answer is returned for the caller to read (a 404 of a missing index), other failures throw.</summary>
    public Task<ClusterReply> TrySendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        HttpContent? content = null;
        if (body is not null)
        {
            content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, ClusterJson.SerializerOptions));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return SendCoreAsync(method, path, content, cancellationToken);
    }

    async Task<ClusterReply> SendCoreAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            // The whole answer is read within the client's timeout (ResponseContentRead), not only its headers.
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var status = response.StatusCode;
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw Unavailable($"refused the credentials ({Status(status)}); check Search:Elasticsearch:ApiKey and the key's privileges");
            }

            // Only a 2xx or a 4xx is an answer to read; a redirect means a wrong address (redirects are not followed).
            if (status == HttpStatusCode.TooManyRequests || (int)status is not (>= 200 and < 300 or >= 400 and < 500))
            {
                throw Unavailable($"answered {Status(status)} to {method} /{path}");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return new ClusterReply(status, Parse(bytes, status, method, path));
        }
        catch (HttpRequestException e)
        {
            throw Unavailable($"cannot be reached: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable($"did not answer {method} /{path} within {options.Value.Elasticsearch.Timeout.TotalSeconds:0.###} s (Search:Elasticsearch:Timeout)", e);
        }
    }

    JsonDocument Parse(byte[] bytes, HttpStatusCode status, HttpMethod method, string path)
    {
        try
        {
            return JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
        }
        catch (JsonException) when ((int)status >= 400)
        {
            // A proxy's error page in front of the cluster: the status says enough.
            return JsonDocument.Parse("{}");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Elasticsearch at {Name} answered {method} /{path} with a body that is not JSON", e);
        }
    }

    /// <summary>The body of a 2xx reply; any other status throws with Elasticsearch's reason (and disposes the reply).</summary>
    public JsonDocument EnsureSuccess(ClusterReply reply, HttpMethod method, string path)
    {
        if (reply.IsSuccess)
        {
            return reply.Body;
        }

        using (reply)
        {
            throw new InvalidOperationException($"Elasticsearch at {Name} refused {method} /{path} ({Status(reply.Status)}): {ClusterError.Of(reply.Body.RootElement)}");
        }
    }

    SearchUnavailableException Unavailable(string reason, Exception? inner = null)
    {
        LogUnavailable(Name, reason);
        return new SearchUnavailableException($"Elasticsearch at {Name} {reason}", inner);
    }

    static string Status(HttpStatusCode status) => $"{(int)status} {status}";

    /// <summary>Scheme, host, port and path of the cluster's address: no user information, query or fragment.</summary>
    static string Describe(Uri? url) =>
        url is { IsAbsoluteUri: true } ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "(no Search:Elasticsearch:Url)";

    [LoggerMessage(EventId = 3401, Level = LogLevel.Warning, Message = "Elasticsearch at {Cluster} is unavailable: {Reason}")]
    partial void LogUnavailable(string cluster, string reason);
}
