using Microsoft.AspNetCore.Html;

namespace Federation.Web.Site;

/// <summary>A detail page's facts as a <c>&lt;dl&gt;</c>; rows without a value are left out unless they must say "to be announced".</summary>
internal sealed class FactList(SiteLabels labels)
{
    readonly List<(string Label, IHtmlContent Value)> rows = [];

    /// <summary>Adds a row when <paramref name="value"/> has text.</summary>
    public FactList Add(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add((label, new HtmlString(System.Net.WebUtility.HtmlEncode(value))));
        }

        return this;
    }

    /// <summary>Adds a row that readers look for even when it is not known yet, such as a forum's time.</summary>
    public FactList AddOrAnnounced(string label, string? value) => Add(label, string.IsNullOrWhiteSpace(value) ? labels.NotAnnounced : value);

    /// <summary>Adds a row whose value is markup built by the page, such as links.</summary>
    public FactList AddHtml(string label, IHtmlContent? value)
    {
        if (value is not null)
        {
            rows.Add((label, value));
        }

        return this;
    }

    public IHtmlContent Render()
    {
        if (rows.Count == 0)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml("<dl class=\"facts\">");
        foreach (var (label, value) in rows)
        {
            html.AppendHtml("<dt>").Append(label).AppendHtml("</dt><dd>").AppendHtml(value).AppendHtml("</dd>");
        }

        return html.AppendHtml("</dl>");
    }
}
