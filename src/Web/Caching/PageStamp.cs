using Federation.Cms.Snapshot;
using Microsoft.AspNetCore.OutputCaching;

namespace Federation.Web.Caching;

/// <summary>
/// The outbox cursor a cached page was rendered from, carried to the store as one more tag, since
/// <see cref="IOutputCacheStore.SetAsync"/> is given only the key, the bytes and the tags. It is taken
/// when the request starts (<see cref="SiteCachePolicy"/>), before the page reads the snapshot, so
/// the page shows that snapshot or a newer one: never older than its stamp says.
/// </summary>
internal static class PageStamp
{
    const string Prefix = "snapshot:";

    /// <summary>A tag every cached page carries, so everything can be marked stale at once.</summary>
    public const string Everything = "federation:everything";

    public static void Add(OutputCacheContext context, PublishedSnapshot snapshot) => context.Tags.Add(Prefix + snapshot.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The cursor in <paramref name="tags"/> (-1, stale at the first eviction, when there is none) and the other tags.</summary>
    public static (long Cursor, string[] Tags) Split(string[]? tags)
    {
        var cursor = -1L;
        var shown = new List<string>();
        foreach (var tag in tags ?? [])
        {
            if (tag.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(tag.AsSpan(Prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var stamped))
            {
                cursor = stamped;
            }
            else
            {
                shown.Add(tag);
            }
        }

        return (cursor, [.. shown]);
    }
}
