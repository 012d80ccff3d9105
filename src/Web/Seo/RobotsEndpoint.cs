namespace Federation.Web.Seo;

/// <summary><c>/robots.txt</c>: everything public may be crawled; the back office may not; where the sitemap is.</summary>
internal static class RobotsEndpoint
{
    public static IResult Get(HttpRequest request) => TypedResults.Text(
        $"User-agent: *\nAllow: /\nDisallow: /cms\n\nSitemap: {Site.SiteUrls.Origin(request)}/sitemap.xml\n",
        "text/plain; charset=utf-8");
}
