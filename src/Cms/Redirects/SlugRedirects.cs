using Federation.Cms.Content;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Redirects;

/// <summary>
/// When a publish changes a live item's slug, its old address keeps working: the old slug is
/// recorded and the site answers it with a 301 to the new one. A slug that comes back into use
/// stops being a redirect.
/// </summary>
internal static class SlugRedirects
{
    public static async Task RecordAsync(
        ContentDbContext db, ContentType type, Guid itemId, ContentDocument? wasLive, ContentDocument goesLive, string? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var culture in Cultures.All)
        {
            var slug = goesLive.Text(culture)?.Slug;
            if (slug is not null)
            {
                await db.Redirects.Where(r => r.Type == type && r.Culture == culture && r.Slug == slug).ExecuteDeleteAsync(cancellationToken);
            }

            var old = wasLive?.Text(culture)?.Slug;
            if (old is not null && old != slug && !await db.Redirects.AnyAsync(r => r.Type == type && r.Culture == culture && r.Slug == old, cancellationToken))
            {
                db.Redirects.Add(new RedirectRecord { ItemId = itemId, Type = type, Culture = culture, Slug = old, CreatedAt = now, CreatedBy = by });
            }
        }
    }
}
