using System.Net;
using Microsoft.AspNetCore.Html;

namespace Federation.Web.Pages.Search;

/// <summary>Marks the matched words in a text with <c>&lt;mark&gt;</c>; everything else is HTML-encoded.</summary>
internal static class Highlighter
{
    public static IHtmlContent Highlight(string text, IReadOnlyList<string> terms)
    {
        var marked = new bool[text.Length];
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, term.Length);
            }
        }

        var html = new HtmlContentBuilder();
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && marked[end] == marked[start])
            {
                end++;
            }

            var segment = WebUtility.HtmlEncode(text[start..end]);
            html.AppendHtml(marked[start] ? $"<mark>{segment}</mark>" : segment);
            start = end;
        }

        return html;
    }
}
