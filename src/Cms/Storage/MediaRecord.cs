namespace Federation.Cms.Storage;

/// <summary>A media item's metadata; the file itself lives under <c>Media:Root</c>.</summary>
internal sealed class MediaRecord
{
    public Guid Id { get; set; }

    /// <summary>The <see cref="Media.MediaItem"/> as JSON.</summary>
    public string Document { get; set; } = "";

    /// <summary>The file name, for the library's search.</summary>
    public string File { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>When it was uploaded; null for media imported from content-export.</summary>
    public DateTimeOffset? UploadedAt { get; set; }

    public string? UploadedBy { get; set; }

    /// <summary>Stores <paramref name="item"/> and copies what the library lists and searches onto the row.</summary>
    public void Describe(Media.MediaItem item)
    {
        Document = System.Text.Json.JsonSerializer.Serialize(item, Content.ContentJson.Options);
        (File, ContentType, Size) = (item.File, item.ContentType, item.Size);
    }
}
