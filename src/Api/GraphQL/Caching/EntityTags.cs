using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Federation.Api.GraphQL.Caching;

/// <summary>Strong ETags of response bodies, and If-None-Match against them.</summary>
internal static class EntityTags
{
    /// <summary>The tag of <paramref name="body"/>: the same bytes always give the same tag.</summary>
    public static string Of(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body), 0, 16)}\"";

    /// <summary>Whether the request's If-None-Match names <paramref name="etag"/> (or any, with *): the client's copy is current.</summary>
    public static bool NotModified(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal));
}
