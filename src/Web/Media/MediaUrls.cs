using Federation.Cms.Media;

namespace Federation.Web.Media;

/// <summary>Links to media files, and their sizes as readers read them.</summary>
internal static class MediaUrls
{
    /// <summary>The URL of the original file.</summary>
    public static string Original(MediaItem media) => $"/media/{media.Id}/{Uri.EscapeDataString(media.File)}";

    /// <summary>A file size as readers read it: 830 KB, 1.2 MB.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{Math.Max(1, (bytes + 512) / 1024)} KB";
}
