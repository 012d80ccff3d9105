using Ganss.Xss;

namespace Federation.Cms.Editing;

/// <summary>
/// Cleans editor HTML on the server, whatever the client sent: only the tags and attributes
/// in docs/content-export.md survive; scripts, event handlers and javascript: URLs never do.
/// </summary>
internal sealed class RichTextSanitizer
{
    readonly HtmlSanitizer sanitizer = Create();

    static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h2", "h3", "ul", "ol", "li", "blockquote", "strong", "em", "a", "br",
                "figure", "figcaption", "img", "table", "thead", "tbody", "tr", "th", "td",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "width", "height", "colspan", "rowspan", "lang",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
        };
        return new HtmlSanitizer(options);
    }

    /// <summary>The safe form of <paramref name="html"/>; null and blank stay null.</summary>
    public string? Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? null : sanitizer.Sanitize(html);
}
