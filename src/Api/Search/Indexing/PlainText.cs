using System.Net;
using System.Text.RegularExpressions;

namespace Federation.Api.Search.Indexing;

/// <summary>Text as the index keeps it: no markup, one space between words.</summary>
internal static partial class PlainText
{
    /// <summary>The text of a rich-text (HTML) field, its tags dropped and entities decoded.</summary>
    public static string OfHtml(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Collapse(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    /// <summary>Runs of white space as one space, trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The non-empty parts joined by a space.</summary>
    public static string Join(IEnumerable<string?> parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
