using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Cms.Hosting;

/// <summary>
/// The one way every project maps an endpoint that is read: GET and HEAD together, since HEAD must
/// work wherever GET does (RFC 9110, section 9.3.2) and MapGet answers HEAD with 404. Servers send no
/// body for HEAD, so the handler needs no case of its own.
/// </summary>
public static class ReadEndpoints
{
    static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps <paramref name="handler"/> for GET and HEAD of <paramref name="pattern"/>.</summary>
    public static RouteHandlerBuilder MapRead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, Methods, handler);
}
