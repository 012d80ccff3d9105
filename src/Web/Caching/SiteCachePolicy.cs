using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Federation.Web.Caching;

/// <summary>
/// Which responses the output cache keeps: GET and HEAD of public pages, feeds, calendar files and the
/// sitemap, every query string apart, each compression apart. Never the back office, GraphQL, health, media
/// files, static assets (served from disk anyway) or previews; only 200s without a cookie. Pages tag
/// themselves with what they show (<see cref="Api.Caching.CacheTags"/>); entries live ten minutes
/// unless a page asks for less, and a publish evicts them at once.
/// </summary>
internal sealed class SiteCachePolicy(Cms.Snapshot.PublishedSnapshotStore snapshots) : IOutputCachePolicy
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // GraphQL answers depend on Accept as well as the query; it will cache its own results, invalidated on publish.
    static readonly string[] NeverCached = ["/cms", "/healthz", "/media/", "/css/", "/js/", "/favicon", "/graphql"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !NeverCached.Any(p => request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            && !request.Query.ContainsKey("preview")
            && StringValues.IsNullOrEmpty(request.Headers.Authorization);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new StringValues(["Accept-Encoding"]);
        context.ResponseExpirationTimeSpan = Lifetime;
        if (cacheable)
        {
            // Taken before the page reads the snapshot: the store refuses and never serves a page older than a later eviction.
            PageStamp.Add(context, snapshots.Current);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
