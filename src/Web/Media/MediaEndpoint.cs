using Federation.Cms.Snapshot;
using Federation.Cms.Transfer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Federation.Web.Media;

/// <summary>
/// <c>/media/{id}/{file}</c>: the original file of a media item that a published item shows (a
/// cover, a showcase image, a standard's PDF). Media of drafts is not public. Resized variants
/// come with the image work; this serves the uploaded bytes as they are.
/// </summary>
internal static class MediaEndpoint
{
    // Types a browser may show inline; anything else is offered as a download so it cannot run as a page.
    static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "application/pdf",
    };

    public static Results<PhysicalFileHttpResult, NotFound> Get(Guid id, string file, HttpContext context, PublishedSnapshotStore snapshots, MediaFiles files)
    {
        if (snapshots.Current.FindMedia(id) is not { } media || media.File != file)
        {
            return TypedResults.NotFound();
        }

        var info = new FileInfo(files.PathOf(id, media.File));
        if (!info.Exists)
        {
            return TypedResults.NotFound();
        }

        var inline = InlineTypes.Contains(media.ContentType);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Even a file that slipped past the checks cannot run script or load anything when opened directly.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        headers.CacheControl = "public, max-age=86400";
        return TypedResults.PhysicalFile(
            info.FullName,
            inline ? media.ContentType : "application/octet-stream",
            fileDownloadName: inline ? null : media.File,
            lastModified: info.LastWriteTimeUtc,
            entityTag: new EntityTagHeaderValue($"\"{id:N}-{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\""),
            enableRangeProcessing: true);
    }
}
