using Federation.Api.GraphQL.RateLimits;
using Federation.Cms.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Federation.Api.GraphQL.Cors;

/// <summary>
/// Cross-origin requests from the partner origins registered in the back office: their pages'
/// scripts may call <c>/graphql</c> (with an API key) and read the answer and its caching and
/// rate-limit headers. Other origins get no CORS headers, so browsers keep their scripts out.
/// </summary>
internal sealed class PartnerCors(PartnerDirectory partners)
{
    const string ExposedHeaders = "ETag, RateLimit-Policy, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After";

    /// <summary>Whether <paramref name="request"/> is a CORS preflight (OPTIONS with Origin and Access-Control-Request-Method).</summary>
    public static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method) && request.Headers.Origin.Count > 0 && request.Headers.AccessControlRequestMethod.Count > 0;

    /// <summary>Adds the CORS headers an answer to a registered origin needs; every answer varies by Origin.</summary>
    public void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (Allowed(context.Request) is not { } origin)
        {
            return;
        }

        headers.AccessControlAllowOrigin = origin;
        headers.AccessControlExposeHeaders = ExposedHeaders;
    }

    /// <summary>Answers a preflight: 204, allowing GET and POST with the headers GraphQL clients send, to registered origins only.</summary>
    public void Preflight(HttpContext context)
    {
        Apply(context);
        var headers = context.Response.Headers;
        if (Allowed(context.Request) is not null)
        {
            headers.AccessControlAllowMethods = "GET, POST";
            headers.AccessControlAllowHeaders = $"Content-Type, Accept, {RateLimiter.KeyHeader}";
            headers.AccessControlMaxAge = "600";
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    string? Allowed(HttpRequest request) =>
        request.Headers.Origin.ToString() is { Length: > 0 } origin && partners.IsAllowedOrigin(origin) ? origin : null;
}
