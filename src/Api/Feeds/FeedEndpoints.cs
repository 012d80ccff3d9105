using Federation.Api.Caching;
using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Hosting;
using Federation.Cms.Snapshot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Federation.Api.Feeds;

/// <summary><c>/feeds/{type}.{format}</c> and its English twin: a section's newest items as Atom, RSS or JSON Feed.</summary>
internal static class FeedEndpoints
{
    // Readers poll; a minute of staleness spares the snapshot most of them.
    static readonly CacheControlHeaderValue CacheControl = new() { Public = true, MaxAge = TimeSpan.FromSeconds(60) };

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app, IPublicSite site)
    {
        foreach (var culture in Cultures.All)
        {
            app.MapRead(site.Localize(FeedLinks.Route, culture), (string type, string format, HttpContext context, PublishedSnapshotStore snapshots, FeedBuilder feeds) =>
                Get(type, format, culture, context, snapshots.Current, feeds, site));
        }

        return app;
    }

    static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Get(
        string type, string format, string culture, HttpContext context, PublishedSnapshot snapshot, FeedBuilder feeds, IPublicSite site)
    {
        if (!FeedLinks.TryGetType(type, out var contentType) || FeedFormat.FromExtension(format) is not { } feedFormat)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such feed",
                detail: "Feeds are /feeds/{news|forums|standards|training}.{atom|rss|json}, in English under /en/feeds/.");
        }

        CacheTags.Tag(context, CacheTags.Type(contentType));
        if (CacheTags.ChangesWithTime(contentType))
        {
            CacheTags.ExpireWithin(context, CacheTags.TimeDependent);
        }

        // The snapshot cursor changes with every publish, so it identifies the feed's content. Weak,
        // because equal content need not be equal bytes (RFC 9110 section 8.8.1).
        var etag = new EntityTagHeaderValue($"\"{snapshot.Cursor}-{type}-{culture}-{feedFormat.Extension}\"", isWeak: true);
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = CacheControl;
        if (IsNotModified(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var feed = feeds.Build(snapshot, contentType, culture, feedFormat, site.Origin(context.Request));
        var bytes = feedFormat == FeedFormat.Atom ? AtomFeedWriter.Write(feed)
            : feedFormat == FeedFormat.Rss ? RssFeedWriter.Write(feed)
            : JsonFeedWriter.Write(feed);
        return TypedResults.Bytes(bytes, feedFormat.ContentType);
    }

    // If-None-Match compares weakly and may list several tags or "*" (RFC 9110 section 13.1.2).
    static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
}
