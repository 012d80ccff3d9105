using System.Net;
using Federation.Cms.Hosting;

namespace Federation.Api.GraphQL.Explorer;

/// <summary>The explorer's HTML page and the Content-Security-Policy it is served under.</summary>
internal static class ExplorerPage
{
    /// <summary>
    /// Our own host only, and nothing inline but styles. What GraphiQL 5 really needs beyond
    /// <c>'self'</c>:
    /// <list type="bullet">
    /// <item><c>style-src 'unsafe-inline'</c>: Monaco inserts &lt;style&gt; elements at run time (the
    /// editor theme's colours and token rules) and Monaco and Radix position widgets, tooltips and
    /// resizable panes with style attributes. No script can be inlined.</item>
    /// <item><c>font-src data:</c> and <c>img-src data:</c>: GraphiQL's stylesheet carries its fonts
    /// (Roboto, Fira Code, Monaco's codicon icons) and a few icons as data: URLs inside the file we
    /// serve; nothing is fetched from another host. The page's empty data: icon keeps browsers from
    /// asking for a /favicon.ico the host does not have.</item>
    /// <item><c>worker-src 'self'</c>: Monaco's language services (GraphQL, JSON, the editor's own)
    /// run in workers loaded from <c>/graphql/explorer/</c>.</item>
    /// <item><c>connect-src 'self'</c>: the explorer POSTs its operations, introspection included, to
    /// <c>/graphql</c>.</item>
    /// </list>
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The page: a heading and a short introduction above GraphiQL, which the script mounts in <c>#graphiql</c>.</summary>
    public static string Html(EmbeddedAssets assets)
    {
        string Url(string name) => WebUtility.HtmlEncode(assets.Url(name));

        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <link rel="icon" href="data:,">
            <title>GraphQL explorer · Shanghai Modern Service Industry Federation API</title>
            <link rel="stylesheet" href="{Url("explorer.css")}">
            <script src="{Url("explorer.js")}" defer></script>
            </head>
            <body>
            <header class="explorer-intro">
            <h1>Shanghai Modern Service Industry Federation GraphQL API</h1>
            <p>The open API of the Shanghai Modern Service Industry Federation (<span lang="zh-CN">上海现代服务业联合会</span>):
            its published news, forums, group standards, training courses, brand showcase and pages, in Chinese and English, read-only and free to use.
            <span class="explorer-howto">Write a query on the left and run it with the ▶ button or Ctrl-Enter; Docs lists every type and field,
            and Ctrl-Space completes. Applications send the same queries to <code>POST {GraphQLServiceCollectionExtensions.Path}</code>.</span></p>
            </header>
            <main id="graphiql" data-endpoint="{GraphQLServiceCollectionExtensions.Path}"
              data-editor-worker="{Url("editor.worker.js")}" data-json-worker="{Url("json.worker.js")}" data-graphql-worker="{Url("graphql.worker.js")}">
            <noscript><p>The explorer needs JavaScript. Without it, send queries to {GraphQLServiceCollectionExtensions.Path}
            with POST (a JSON body) or GET (<code>?query=</code>).</p></noscript>
            </main>
            </body>
            </html>
            """;
    }
}
