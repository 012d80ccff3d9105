namespace Federation.Cms.Content;

/// <summary>
/// Everything an editor saves for an item: what one version holds. Workflow state (status and
/// dates) lives on the item, not in its versions.
/// </summary>
public sealed record ContentDocument
{
    /// <summary>The item's id; it never changes.</summary>
    public required Guid Id { get; init; }

    /// <summary>The item's content type.</summary>
    public required ContentType Type { get; init; }

    /// <summary>The editor who wrote it, when known.</summary>
    public string? Author { get; init; }

    /// <summary>The media item used as cover image.</summary>
    public Guid? Cover { get; init; }

    /// <summary>Ids of related items.</summary>
    public IReadOnlyList<Guid> Related { get; init; } = [];

    /// <summary>The type's culture-invariant fields; their CLR type matches <see cref="Type"/>.</summary>
    public required ContentFields Fields { get; init; }

    /// <summary>The text per culture, zh-CN first. zh-CN is required.</summary>
    public required IReadOnlyDictionary<string, CultureText> Cultures { get; init; }

    /// <summary>The text in <paramref name="culture"/>, or null when the item has none.</summary>
    public CultureText? Text(string culture) => Cultures.GetValueOrDefault(culture);

    /// <summary>Every media item the document refers to: its cover and its fields' images and files.</summary>
    public IEnumerable<Guid> MediaIds() => Cover is { } cover ? Fields.MediaIds().Prepend(cover) : Fields.MediaIds();

    /// <summary>The zh-CN text, which every valid item has.</summary>
    public CultureText ChineseText => Cultures[Content.Cultures.Chinese];
}
