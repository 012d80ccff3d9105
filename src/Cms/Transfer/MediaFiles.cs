using Microsoft.Extensions.Options;

namespace Federation.Cms.Transfer;

/// <summary>Options of the media folder.</summary>
public sealed class MediaOptions
{
    /// <summary>The folder media files are kept in, relative to the content root. Default <c>App_Data/media</c>.</summary>
    public string Root { get; set; } = "App_Data/media";

    /// <summary>The largest file an editor may upload. Default 20 MB.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The largest image, in pixels, checked from its header before it is decoded. Default 50 million.</summary>
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>The longest side of an image, in pixels. Default 20,000.</summary>
    public int MaxImageSide { get; set; } = 20_000;

    /// <summary>
    /// The most bytes of metadata an image may carry (JPEG APPn and COM segments, PNG text, EXIF and
    /// profile chunks, GIF comments and application blocks, WebP EXIF, XMP and profile chunks),
    /// checked before it is decoded: parsers of metadata have been the way in for crafted files.
    /// Default 256 KB.
    /// </summary>
    public long MaxMetadataBytes { get; set; } = 256 * 1024;
}

/// <summary>The media folder on disk: <c>{Root}/{id}/{file}</c>.</summary>
internal sealed class MediaFiles(IOptions<MediaOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public string PathOf(Guid id, string file) => Path.Combine(Root, id.ToString(), file);

    /// <summary>The back office's thumbnail of an image, beside its file; never served to the public.</summary>
    public string ThumbnailOf(Guid id) => Path.Combine(Root, id.ToString(), ".thumbnail.webp");
}
