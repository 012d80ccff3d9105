using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Web.Site;

/// <summary>What every public page knows: the reader's culture, the interface words, and the page's twin in the other culture.</summary>
public abstract class SitePageModel : PageModel
{
    /// <summary>zh-CN or en, from the path (or, on an error page, from the path that failed).</summary>
    public string Culture
    {
        get
        {
            var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
                ?? HttpContext.Request.Path;
            return SiteCulture.IsEnglishPath(path) ? Cms.Content.Cultures.English : Cms.Content.Cultures.Chinese;
        }
    }

    /// <summary>The culture the language switch leads to.</summary>
    public string OtherCulture => Culture == Cms.Content.Cultures.English ? Cms.Content.Cultures.Chinese : Cms.Content.Cultures.English;

    internal SiteLabels Labels => SiteLabels.For(Culture);

    /// <summary>The same page in the other culture, for the language switch.</summary>
    public string? AlternateUrl { get; protected set; }

    /// <summary>This page's own path, for the canonical link; null means the request path.</summary>
    public string? CanonicalPath { get; protected set; }

    /// <summary>Whether search engines should index this page; error pages say no.</summary>
    public bool Indexable { get; protected set; } = true;

    /// <summary>The OpenGraph type: article for items, website for the rest.</summary>
    public string OpenGraphType { get; protected set; } = "website";

    /// <summary>The page's schema.org JSON-LD, when it has a fitting type.</summary>
    public System.Text.Json.Nodes.JsonObject? StructuredData { get; protected set; }

    /// <summary>The menu entry to mark as current.</summary>
    public string? Section { get; protected set; }

    /// <summary>Every page's footer lists the about pages: a change to one evicts every cached page.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context) =>
        Api.Caching.CacheTags.Tag(HttpContext, Api.Caching.CacheTags.Type(Cms.Content.ContentType.Page));

    /// <summary>Set when the page shows a saved version through a preview link; the layout shows it above the content.</summary>
    public string? PreviewNotice { get; private set; }

    /// <summary>
    /// Opens the <c>?preview=</c> token of the request: the saved version it names, for a page of
    /// <paramref name="type"/>. Such a page is never indexed or cached. Refused is true for a token
    /// that is forged, damaged, expired or for another type.
    /// </summary>
    internal async Task<(Cms.Snapshot.PublishedItem? Item, bool Refused)> OpenPreviewAsync(Cms.Preview.IPreviews previews, Cms.Content.ContentType type)
    {
        if (Request.Query["preview"] is not { Count: > 0 } tokens)
        {
            return (null, false);
        }

        if (await previews.OpenAsync(tokens[0] ?? "", HttpContext.RequestAborted) is not { } preview || preview.Item.Type != type)
        {
            return (null, true);
        }

        Indexable = false;
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        PreviewNotice = string.Format(System.Globalization.CultureInfo.CurrentCulture, Labels.PreviewNotice, preview.Version,
            Cms.Content.ShanghaiTime.From(preview.Expires).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        return (preview.Item, false);
    }
}
