namespace Federation.Cms.Media;

/// <summary>An uploaded file: an image, or a PDF such as a standard's full text.</summary>
public sealed record MediaItem
{
    /// <summary>The media id; it never changes.</summary>
    public required Guid Id { get; init; }

    /// <summary>The file name, e.g. cover.jpg.</summary>
    public required string File { get; init; }

    /// <summary>The MIME type, e.g. image/jpeg.</summary>
    public required string ContentType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>Pixel width, for images.</summary>
    public int? Width { get; init; }

    /// <summary>Pixel height, for images.</summary>
    public int? Height { get; init; }

    /// <summary>The point crops keep in view, for images.</summary>
    public FocalPoint? FocalPoint { get; init; }

    /// <summary>Who made it.</summary>
    public string? Credit { get; init; }

    /// <summary>Alt text and caption per culture, zh-CN first.</summary>
    public IReadOnlyDictionary<string, MediaText> Cultures { get; init; } = new Dictionary<string, MediaText>();

    /// <summary>Alt text and caption in <paramref name="culture"/>, falling back to zh-CN.</summary>
    public MediaText TextIn(string culture) =>
        Cultures.GetValueOrDefault(culture) ?? Cultures.GetValueOrDefault(Content.Cultures.Chinese) ?? new MediaText();

    /// <summary>Whether it is a picture (rather than a PDF).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>A point in an image, each coordinate from 0 (left, top) to 1 (right, bottom).</summary>
/// <param name="X">Horizontal position.</param>
/// <param name="Y">Vertical position.</param>
public sealed record FocalPoint(double X, double Y);

/// <summary>The words about a media item in one culture.</summary>
public sealed record MediaText
{
    /// <summary>Alternative text for readers who cannot see the image.</summary>
    public string? Alt { get; init; }

    /// <summary>Caption shown under the image.</summary>
    public string? Caption { get; init; }
}
