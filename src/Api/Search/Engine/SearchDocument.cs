using Federation.Cms.Content;

namespace Federation.Api.Search.Engine;

/// <summary>
/// An item as the index sees it in one culture: plain text, no HTML. Every published item is indexed
/// once per culture of the site; where it has no text of its own in a culture, its Chinese text stands in,
/// as the page does.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The item's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The culture this document is searched in.</summary>
    public required string Culture { get; init; }

    /// <summary>The item's type.</summary>
    public required ContentType Type { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The summary (a standard's scope included).</summary>
    public string Summary { get; init; } = "";

    /// <summary>The body and the type's other words.</summary>
    public string Body { get; init; } = "";

    /// <summary>The tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>A standard's code, e.g. T/SSFSIDC 001—2019: a query for it finds that standard first.</summary>
    public string? Code { get; init; }

    /// <summary>The text of an attached PDF (a standard's full text).</summary>
    public string Attachment { get; init; } = "";

    /// <summary>The date readers know the item by (published; a standard's publication date); orders and facets by year.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>
    /// What the document was made from (the published version and the analysis): an index whose stamp
    /// for an item differs is out of date for it. Compared, never parsed.
    /// </summary>
    public required string Stamp { get; init; }

    /// <summary>The document's key in an index: id and culture.</summary>
    public string Key => KeyOf(Id, Culture);

    /// <summary>The key of an item's document in <paramref name="culture"/>.</summary>
    public static string KeyOf(Guid id, string culture) => $"{id:N}:{culture}";
}
