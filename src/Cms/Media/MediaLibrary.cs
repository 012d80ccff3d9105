using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Media;

/// <summary>The media library: the images and PDFs editors can put on pages.</summary>
internal sealed class MediaLibrary(ContentDbContextFactory store)
{
    /// <summary>Every media item of a kind ("image" or "pdf"), newest first.</summary>
    public async Task<IReadOnlyList<MediaItem>> ListAsync(Actor reader, string? accept = null, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var documents = await db.Media.AsNoTracking().Select(m => m.Document).ToListAsync(cancellationToken);
        return
        [
            .. documents.Select(d => JsonSerializer.Deserialize<MediaItem>(d, ContentJson.Options)!)
                .Where(m => accept is null || Accepts(accept, m.ContentType))
                .OrderBy(m => m.File, StringComparer.Ordinal),
        ];
    }

    /// <summary>Whether a media item of <paramref name="contentType"/> fits a field that takes <paramref name="accept"/>.</summary>
    public static bool Accepts(string accept, string contentType) => accept switch
    {
        "image" => contentType.StartsWith("image/", StringComparison.Ordinal),
        "pdf" => contentType == "application/pdf",
        _ => false,
    };
}
