using Federation.Cms.Media;
using Federation.Cms.Snapshot;
using Federation.Cms.Transfer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Federation.Web.Media;

/// <summary>
/// <c>/media/{id}/{file}</c>: a media item that a published item shows (a cover, a showcase image, a
/// standard's PDF), as uploaded, or with query parameters a resized variant of an image: a preset
/// (<c>?preset=w640</c>) for anyone, any other size only with the signature the site gave its URL
/// (docs/images.md). Media of drafts is not public.
/// </summary>
internal static class MediaEndpoint
{
    // Types a browser may show inline; anything else is offered as a download so it cannot run as a page.
    static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "application/pdf",
    };

    // The content types variants are made from: what uploads accept as images (MediaInspector).
    static readonly HashSet<string> ResizableTypes = new(StringComparer.OrdinalIgnoreCase) { "image/jpeg", "image/png", "image/gif", "image/webp" };

    public static async Task<Results<PhysicalFileHttpResult, FileStreamHttpResult, FileContentHttpResult, NotFound, ProblemHttpResult>> Get(
        Guid id, string file, HttpContext context, PublishedSnapshotStore snapshots, MediaFiles files, VariantUrls urls, VariantCache variants)
    {
        if (snapshots.Current.FindMedia(id) is not { } media || media.File != file)
        {
            return TypedResults.NotFound();
        }

        var (query, problem) = VariantQuery.Parse(context.Request.Query, urls.Presets, urls.MaxSide);
        if (query is null)
        {
            return Problem(StatusCodes.Status400BadRequest, problem!);
        }

        if (query.Spec is not { } spec)
        {
            var original = new FileInfo(files.PathOf(id, media.File));
            return original.Exists ? Original(context, media, original) : TypedResults.NotFound();
        }

        if (!ResizableTypes.Contains(media.ContentType))
        {
            return Problem(StatusCodes.Status400BadRequest, $"{media.File} is not an image that has variants; ask for it without parameters");
        }

        if (query.Preset is null && query.Signature is null)
        {
            return Problem(StatusCodes.Status403Forbidden, "this variant is not a preset, so its URL needs the signature (sig) the site or the GraphQL API gives; anyone may ask for a preset, e.g. ?preset=w640");
        }

        if (query.Preset is null && !urls.IsSigned(media, spec, query.Signature!))
        {
            return Problem(StatusCodes.Status403Forbidden, "the signature (sig) does not match these parameters; use the URL as the site or the GraphQL API gave it");
        }

        var negotiated = spec.Format is null;
        var format = spec.Format ?? VariantFormats.Choose(context.Request.Headers.Accept, () => variants.HasAlpha(media));
        if (await variants.OpenAsync(media, spec with { Format = format }, context.RequestAborted) is not { } variant)
        {
            return Problem(StatusCodes.Status404NotFound, $"{media.File} is missing or cannot be decoded, so it has no variants");
        }

        var headers = context.Response.Headers;
        Protect(headers);
        // A URL with the image's current version never shows anything else (a new focal point gives a
        // new version); one without, or with an old one, may show a newer rendering tomorrow.
        headers.CacheControl = query.Version == VariantUrls.Version(media) ? "public, max-age=31536000, immutable" : "public, max-age=86400";
        if (negotiated)
        {
            headers.Vary = "Accept";
        }

        var contentType = VariantFormats.ContentType(variant.Format);
        var entityTag = new EntityTagHeaderValue(variant.ETag);
        return variant.Bytes is { } bytes
            ? TypedResults.Bytes(bytes, contentType, entityTag: entityTag, enableRangeProcessing: true)
            : TypedResults.File(variant.File!, contentType, entityTag: entityTag, enableRangeProcessing: true);
    }

    static PhysicalFileHttpResult Original(HttpContext context, MediaItem media, FileInfo info)
    {
        var inline = InlineTypes.Contains(media.ContentType);
        var headers = context.Response.Headers;
        Protect(headers);
        headers.CacheControl = "public, max-age=86400";
        return TypedResults.PhysicalFile(
            info.FullName,
            inline ? media.ContentType : "application/octet-stream",
            fileDownloadName: inline ? null : media.File,
            lastModified: info.LastWriteTimeUtc,
            entityTag: new EntityTagHeaderValue($"\"{media.Id:N}-{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\""),
            enableRangeProcessing: true);
    }

    static void Protect(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        // Even a file that slipped past the checks cannot run script or load anything when opened directly.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    }

    static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);
}
