using Federation.Cms.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Federation.Api.Caching;

/// <summary>
/// The tags a cached response carries, naming what it shows, so a publish evicts exactly the pages
/// that show the item: <c>item:{id}</c> for each item on the page, <c>type:{type}</c> for lists,
/// feeds and other pages that show the newest of a type.
/// </summary>
public static class CacheTags
{
    /// <summary>Items whose state changes with the clock (registration, comment periods, upcoming or past) are cached briefly.</summary>
    public static readonly TimeSpan TimeDependent = TimeSpan.FromMinutes(1);

    public static string Item(Guid id) => $"item:{id:N}";

    public static string Type(ContentType type) => $"type:{ContentTypeInfo.Of(type).Name}";

    /// <summary>Every type's tag, for pages that show everything (search, the sitemap).</summary>
    public static IEnumerable<string> AllTypes => ContentTypeInfo.All.Select(t => Type(t.Type));

    /// <summary>Whether pages of <paramref name="type"/> show something that changes with the clock.</summary>
    public static bool ChangesWithTime(ContentType type) => type is ContentType.Forum or ContentType.Course or ContentType.Standard;

    /// <summary>Tags the response being cached, if output caching is on for this request.</summary>
    public static void Tag(HttpContext context, params IEnumerable<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var tag in tags)
            {
                cache.Tags.Add(tag);
            }
        }
    }

    /// <summary>Keeps the cached response no longer than <paramref name="within"/>.</summary>
    public static void ExpireWithin(HttpContext context, TimeSpan within)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is { } cache && (cache.ResponseExpirationTimeSpan is not { } current || current > within))
        {
            cache.ResponseExpirationTimeSpan = within;
        }
    }
}
