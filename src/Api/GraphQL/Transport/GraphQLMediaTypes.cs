using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Federation.Api.GraphQL.Transport;

/// <summary>The media types of GraphQL over HTTP, and which one a client accepts.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The specification's own response type: request errors come with 4xx statuses.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type: every well-formed request gets 200.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// The response type for the request's Accept header: graphql-response+json when the client names
    /// it, else application/json (also when the header is missing or accepts anything); null when the
    /// client accepts neither.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) || accepted.Count == 0)
        {
            return Json;
        }

        var ranked = accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1).ToList();
        foreach (var type in ranked)
        {
            if (type.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || type.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    /// <summary>Whether a POST body is JSON (application/json, any charset of UTF-8).</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
