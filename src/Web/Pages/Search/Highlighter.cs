using Federation.Api.Search.Engine;
using Microsoft.AspNetCore.Html;

namespace Federation.Web.Pages.Search;

/// <summary>A search engine's passage as HTML: the matched spans in <c>&lt;mark&gt;</c>, everything else encoded.</summary>
internal static class Highlighter
{
    public static IHtmlContent Render(Highlight highlight) => new HtmlString(highlight.ToHtml());
}
