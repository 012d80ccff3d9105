namespace Federation.Web.Hosting;

/// <summary>
/// Answers 405 with <c>Allow</c> to every method the site does not serve (PUT, DELETE, TRACE, made-up
/// ones…) before any page sees it. Razor Pages run a page for a method it has no handler for, and
/// antiforgery lets TRACE through as a safe method, so a TRACE of a list rendered it without its
/// model and failed with 500. GraphQL keeps its own answer to other methods.
/// </summary>
internal static class MethodGuard
{
    /// <summary>The methods some endpoint of the site answers: pages, feeds and media (GET, HEAD), forms and GraphQL (POST), CORS preflights (OPTIONS).</summary>
    public const string Allowed = "GET, HEAD, POST, OPTIONS";

    public static IApplicationBuilder UseMethodGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        // /graphql answers other methods itself, with the Allow of its own transport (GET, POST).
        if (context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
            || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method) || HttpMethods.IsOptions(method))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
    });
}
