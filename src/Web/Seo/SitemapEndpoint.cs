using System.Xml;
using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;
using Federation.Web.Site;

namespace Federation.Web.Seo;

/// <summary>
/// <c>/sitemap.xml</c>: every published item in each culture it has, plus the home, section and
/// about pages, with hreflang alternates (https://www.sitemaps.org/protocol.html,
/// https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
/// </summary>
internal static class SitemapEndpoint
{
    const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    static readonly string[] FixedPaths = ["/", "/news", "/forums", "/standards", "/training", "/brand", "/about"];

    public static async Task WriteAsync(HttpContext context, PublishedSnapshotStore snapshots)
    {
        Api.Caching.CacheTags.Tag(context, Api.Caching.CacheTags.AllTypes);
        var origin = SiteUrls.Origin(context.Request);
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", SitemapNamespace);
        await writer.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var path in FixedPaths)
        {
            var versions = Cultures.All.ToDictionary(c => c, c => SiteCulture.Localize(path, c));
            foreach (var culture in Cultures.All)
            {
                await WriteUrlAsync(writer, origin, versions[culture], versions, lastModified: null);
            }
        }

        foreach (var item in snapshots.Current.Items.OrderBy(i => i.Type).ThenBy(i => i.Document.ChineseText.Slug, StringComparer.Ordinal))
        {
            var versions = Cultures.All.Where(item.HasCulture).ToDictionary(c => c, c => ContentRoutes.Item(item, c));
            foreach (var (_, path) in versions)
            {
                await WriteUrlAsync(writer, origin, path, versions, item.Updated ?? item.Published);
            }
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    static async Task WriteUrlAsync(XmlWriter writer, string origin, string path, Dictionary<string, string> versions, DateTimeOffset? lastModified)
    {
        await writer.WriteStartElementAsync(null, "url", SitemapNamespace);
        await writer.WriteElementStringAsync(null, "loc", SitemapNamespace, origin + path);
        if (lastModified is { } modified)
        {
            await writer.WriteElementStringAsync(null, "lastmod", SitemapNamespace, SiteFormat.Machine(modified));
        }

        if (versions.Count > 1)
        {
            foreach (var (culture, alternate) in versions)
            {
                await writer.WriteStartElementAsync("xhtml", "link", XhtmlNamespace);
                await writer.WriteAttributeStringAsync(null, "rel", null, "alternate");
                await writer.WriteAttributeStringAsync(null, "hreflang", null, culture);
                await writer.WriteAttributeStringAsync(null, "href", null, origin + alternate);
                await writer.WriteEndElementAsync();
            }
        }

        await writer.WriteEndElementAsync();
    }
}
