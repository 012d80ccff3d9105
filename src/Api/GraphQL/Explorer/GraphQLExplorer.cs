using Federation.Api.GraphQL.Transport;
using Federation.Cms.Hosting;
using Microsoft.AspNetCore.Http;

namespace Federation.Api.GraphQL.Explorer;

/// <summary>
/// The GraphQL explorer: GraphiQL for people who open <c>/graphql</c> in a browser. Its script,
/// stylesheet and workers are bundled from npm at build time (<c>Explorer/Client</c>), embedded in
/// this assembly and served from our own host at <c>/graphql/explorer/{name}?v={hash}</c>, so it
/// works without the internet.
/// </summary>
internal static class GraphQLExplorer
{
    /// <summary>The bundle: <c>explorer.js</c>, <c>explorer.css</c> and Monaco's workers.</summary>
    public static readonly EmbeddedAssets Assets = new(typeof(GraphQLExplorer).Assembly, "graphql-explorer/", GraphQLServiceCollectionExtensions.Path + "/explorer");

    // Written once: the bundle it names is fixed at build time.
    static readonly string Page = ExplorerPage.Html(Assets);

    /// <summary>
    /// Whether a request asks for the explorer rather than for a GraphQL result: a GET with neither
    /// <c>query</c> nor <c>documentId</c> whose Accept ranks text/html above every type
    /// <c>/graphql</c> answers in, as a browser's address bar does. Any other request is the API's.
    /// </summary>
    public static bool Wants(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && !request.Query.ContainsKey("documentId")
        && GraphQLMediaTypes.PrefersHtml(request);

    /// <summary>Writes the explorer's page, under a Content-Security-Policy that allows only our own host.</summary>
    public static Task WritePageAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ExplorerPage.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        // The same URL answers JSON to GraphQL clients; the page names the current bundle, so it is always revalidated.
        headers.Vary = "Accept";
        headers.CacheControl = "no-cache";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page, context.RequestAborted);
    }
}
