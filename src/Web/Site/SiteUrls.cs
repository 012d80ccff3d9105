namespace Federation.Web.Site;

/// <summary>Absolute URLs for links that leave the page: canonical, hreflang, OpenGraph, sitemap.</summary>
internal static class SiteUrls
{
    /// <summary>The scheme and host the reader used, e.g. https://www.example.org.</summary>
    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
}
