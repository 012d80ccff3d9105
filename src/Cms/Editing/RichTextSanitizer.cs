using Federation.Cms.Content;
using Ganss.Xss;

namespace Federation.Cms.Editing;

/// <summary>
/// Cleans editor HTML on the server, whatever the client sent: only the tags and attributes
/// in docs/content-export.md survive; scripts, event handlers and links that break
/// <see cref="SafeLinks"/> (javascript:, data:, protocol-relative //host…) never do.
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
        var sanitizer = new HtmlSanitizer(options);
        // The schemes above pass every relative address, "//evil.example" and "news/x" too; the
        // content's one link rule keeps site paths ("/about/…", "#part") and drops the rest.
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = SafeLinks.OrNull(e.SanitizedUrl);
        return sanitizer;
    }

    /// <summary>
    /// <paramref name="document"/> with its rich text sanitized, or the rules it breaks. The rules are
    /// checked before sanitizing, so text beyond <see cref="RichTextLimits"/> never reaches the parser,
    /// and again after: escaping lengthens text (&amp; becomes &amp;amp;), and an item stored beyond
    /// the limits could not be saved again.
    /// </summary>
    public (ContentDocument? Document, IReadOnlyList<ValidationProblem> Problems) Clean(ContentDocument document)
    {
        var problems = ContentValidator.Validate(document);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var clean = document with { Cultures = document.Cultures.ToDictionary(c => c.Key, c => c.Value.MapRichText((_, html) => Sanitize(html))) };
        problems = ContentValidator.Validate(clean);
        return (problems.Count > 0 ? null : clean, problems);
    }

    /// <summary>The safe form of <paramref name="html"/>; null and blank stay null.</summary>
    /// <exception cref="ContentValidationException"><paramref name="html"/> is beyond <see cref="RichTextLimits"/>; it was not parsed.</exception>
    public string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        // Callers check the limits first, beside the field; this keeps a caller that forgot from stalling the node.
        return RichTextLimits.Problem(html) is { } problem ? throw new ContentValidationException(problem) : sanitizer.Sanitize(html);
    }
}
