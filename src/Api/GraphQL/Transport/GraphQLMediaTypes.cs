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

    /// <summary>
    /// Whether the client ranks text/html above every type <c>/graphql</c> answers in (including the
    /// wildcards): a browser's address bar, which sends <c>*/*</c> at a lower quality than HTML. A
    /// client that names neither, or ranks them equally, is a GraphQL client.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        return BestQuality(accepted, "text/html") > BestQuality(accepted, GraphQLResponse, Json, "application/*", "*/*");
    }

    // The highest quality the client gives any of these types; 0 when it names none.
    static double BestQuality(IList<MediaTypeHeaderValue> accepted, params string[] types) =>
        accepted.Where(a => types.Contains(a.MediaType.Value, StringComparer.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();

    /// <summary>Whether a POST body is JSON (application/json, any charset of UTF-8).</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
