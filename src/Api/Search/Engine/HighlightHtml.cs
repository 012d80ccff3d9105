using System.Net;
using System.Text;

namespace Federation.Api.Search.Engine;

/// <summary>A highlight as HTML: the text encoded, the matched spans in <c>&lt;mark&gt;</c>.</summary>
public static class HighlightHtml
{
    public static string ToHtml(this Highlight highlight)
    {
        var html = new StringBuilder(highlight.Text.Length + highlight.Marks.Count * 13);
        var at = 0;
        foreach (var mark in highlight.Marks)
        {
            html.Append(WebUtility.HtmlEncode(highlight.Text[at..mark.Start]))
                .Append("<mark>")
                .Append(WebUtility.HtmlEncode(highlight.Text.Substring(mark.Start, mark.Length)))
                .Append("</mark>");
            at = mark.Start + mark.Length;
        }

        return html.Append(WebUtility.HtmlEncode(highlight.Text[at..])).ToString();
    }
}
