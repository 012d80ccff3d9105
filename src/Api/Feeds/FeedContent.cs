using System.Net;
using System.Text;
using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;

namespace Federation.Api.Feeds;

/// <summary>
/// The text of a feed entry: the facts a reader decides on first (a forum's time and venue, a
/// standard's code and status), then the summary, then the rich text.
/// </summary>
internal static class FeedContent
{
    /// <summary>Facts and summary as plain text, or null when the item has neither.</summary>
    public static string? Summary(IReadOnlyList<ItemFact> facts, CultureText text)
    {
        string?[] parts = [facts.Count > 0 ? string.Join(" · ", facts.Select(f => $"{f.Label}: {f.Value}")) : null, text.Summary];
        var summary = string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return summary.Length > 0 ? summary : null;
    }

    /// <summary>Facts, summary and rich text as HTML. The rich text was sanitized when it was saved.</summary>
    public static string Html(IReadOnlyList<ItemFact> facts, CultureText text)
    {
        var html = new StringBuilder();
        if (facts.Count > 0)
        {
            html.Append("<ul>");
            foreach (var fact in facts)
            {
                html.Append("<li><strong>").Append(Encode(fact.Label)).Append("</strong>: ").Append(Encode(fact.Value)).Append("</li>");
            }

            html.Append("</ul>");
        }

        if (!string.IsNullOrWhiteSpace(text.Summary))
        {
            html.Append("<p>").Append(Encode(text.Summary)).Append("</p>");
        }

        foreach (var richText in RichText(text))
        {
            html.Append(richText);
        }

        return html.ToString();
    }

    static IEnumerable<string> RichText(CultureText text)
    {
        string?[] parts = text switch
        {
            NewsText news => [news.Body],
            ForumText forum => [forum.Body],
            StandardText standard => [standard.Scope, standard.Body],
            CourseText course => [course.Body],
            _ => [],
        };
        return parts.OfType<string>();
    }

    // WebUtility leaves CJK as is, where HtmlEncoder.Default would write every character as &#x...;.
    static string Encode(string value) => WebUtility.HtmlEncode(value);
}
