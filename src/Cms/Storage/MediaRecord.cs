namespace Federation.Cms.Storage;

/// <summary>A media item's metadata; the file itself lives under <c>Media:Root</c>.</summary>
internal sealed class MediaRecord
{
    public Guid Id { get; set; }

    /// <summary>The <see cref="Media.MediaItem"/> as JSON.</summary>
    public string Document { get; set; } = "";
}
