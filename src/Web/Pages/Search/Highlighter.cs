using System.Net;
using Federation.Api.Search.Engine;
using Microsoft.AspNetCore.Html;

namespace Federation.Web.Pages.Search;

/// <summary>A search engine's passage as HTML: the matched spans in <c>&lt;mark&gt;</c>, everything else encoded.</summary>
internal static class Highlighter
{
    public static IHtmlContent Render(Highlight highlight)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (var mark in highlight.Marks)
        {
            html.AppendHtml(WebUtility.HtmlEncode(highlight.Text[at..mark.Start]));
            html.AppendHtml("<mark>");
            html.AppendHtml(WebUtility.HtmlEncode(highlight.Text.Substring(mark.Start, mark.Length)));
            html.AppendHtml("</mark>");
            at = mark.Start + mark.Length;
        }

        html.AppendHtml(WebUtility.HtmlEncode(highlight.Text[at..]));
        return html;
    }
}
