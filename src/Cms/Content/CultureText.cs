using System.Text.Json.Serialization;

namespace Federation.Cms.Content;

/// <summary>
/// The text of an item in one culture. Every content type adds its own per-culture fields;
/// the common ones come first in files (hence the negative <see cref="JsonPropertyOrderAttribute"/>).
/// </summary>
public abstract record CultureText
{
    /// <summary>Headline or name.</summary>
    [JsonPropertyOrder(-5)]
    public required string Title { get; init; }

    /// <summary>The URL segment: lower-case ASCII letters, digits and hyphens.</summary>
    [JsonPropertyOrder(-4)]
    public required string Slug { get; init; }

    /// <summary>A sentence or two shown in lists.</summary>
    [JsonPropertyOrder(-3)]
    public string? Summary { get; init; }

    /// <summary>The page's meta description.</summary>
    [JsonPropertyOrder(-2)]
    public string? SeoDescription { get; init; }

    /// <summary>Free tags in this culture.</summary>
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Returns a copy whose rich-text fields have passed through <paramref name="map"/>, which is given
    /// each field's name as files spell it (<c>body</c>, <c>scope</c>) and its HTML. The one list of a
    /// type's rich-text fields: what sanitizes them also checks them.
    /// </summary>
    public abstract CultureText MapRichText(Func<string, string?, string?> map);
}
