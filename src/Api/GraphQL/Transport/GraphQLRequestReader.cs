using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Federation.Api.GraphQL.Transport;

/// <summary>A GraphQL request read from HTTP, or the reason it could not be read.</summary>
/// <param name="Request">The request, when it could be read.</param>
/// <param name="Problem">Why it could not (a 4xx answer), else null.</param>
/// <param name="Status">The status that goes with <paramref name="Problem"/>.</param>
internal sealed record ReadRequest(GraphQLRequest? Request, string? Problem, int Status = StatusCodes.Status400BadRequest);

/// <summary>
/// Reads GraphQL over HTTP requests: a POST with a JSON body, or a GET whose query string holds
/// <c>query</c> or <c>documentId</c> (a trusted document), <c>operationName</c>, <c>variables</c>
/// and <c>extensions</c> (the last two as JSON).
/// </summary>
internal sealed class GraphQLRequestReader(GraphQLSerializer serializer, IOptions<GraphQLOptions> options)
{
    // The largest POST body read, in bytes; a larger one is refused with 413.
    int MaxBodyBytes => options.Value.MaxRequestBytes;

    public async Task<ReadRequest> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return FromQueryString(http.Query);
        }

        if (!GraphQLMediaTypes.IsJsonBody(http))
        {
            return new(null, "a POST body must be application/json", StatusCodes.Status415UnsupportedMediaType);
        }

        if (http.ContentLength > MaxBodyBytes)
        {
            return new(null, $"the body is larger than {MaxBodyBytes} bytes", StatusCodes.Status413PayloadTooLarge);
        }

        ReadOnlyMemory<byte>? body;
        try
        {
            body = await ReadBodyAsync(http.Body, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            // The client went away in the middle of its body, or sent less than it announced.
            return new(null, $"the body could not be read: {e.Message}", e.StatusCode);
        }

        if (body is null)
        {
            return new(null, $"the body is larger than {MaxBodyBytes} bytes", StatusCodes.Status413PayloadTooLarge);
        }

        return FromJson(body.Value);
    }

    ReadRequest FromJson(ReadOnlyMemory<byte> body)
    {
        try
        {
            // Parsed once: the shape is checked on the document, and the request is read from it.
            using var parsed = JsonDocument.Parse(body);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new(null, "the body must be a JSON object");
            }

            foreach (var (name, kind) in new[] { ("query", JsonValueKind.String), ("documentId", JsonValueKind.String), ("operationName", JsonValueKind.String), ("variables", JsonValueKind.Object), ("extensions", JsonValueKind.Object) })
            {
                if (parsed.RootElement.TryGetProperty(name, out var value) && value.ValueKind != kind && value.ValueKind != JsonValueKind.Null)
                {
                    return new(null, $"\"{name}\" must be a {(kind == JsonValueKind.String ? "string" : "JSON object")}");
                }
            }

            return Checked(serializer.ReadNode<GraphQLRequest>(parsed.RootElement));
        }
        catch (JsonException e)
        {
            return new(null, $"the body is not valid JSON: {e.Message}");
        }
    }

    static readonly string[] Parameters = ["query", "documentId", "operationName", "variables", "extensions"];

    ReadRequest FromQueryString(IQueryCollection query)
    {
        if (Parameters.FirstOrDefault(name => query[name].Count > 1) is { } repeated)
        {
            return new(null, $"\"{repeated}\" is given more than once");
        }

        try
        {
            return Checked(new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                DocumentId = query["documentId"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
                Variables = Json<Inputs>(query["variables"].FirstOrDefault(), "variables"),
                Extensions = Json<Inputs>(query["extensions"].FirstOrDefault(), "extensions"),
            });
        }
        catch (JsonException e)
        {
            return new(null, e.Message);
        }
    }

    T? Json<T>(string? text, string name)
    {
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }

        try
        {
            return serializer.Deserialize<T>(text);
        }
        catch (JsonException e)
        {
            throw new JsonException($"\"{name}\" is not a JSON object: {e.Message}", e);
        }
    }

    static ReadRequest Checked(GraphQLRequest? request) => request switch
    {
        { Query: { Length: > 0 }, DocumentId: { Length: > 0 } } => new(null, "give \"query\" or \"documentId\", not both"),
        { Query: { Length: > 0 } } or { DocumentId: { Length: > 0 } } => new(request, null),
        _ => new(null, "the request has no \"query\" (or \"documentId\" of a trusted document)"),
    };

    async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
