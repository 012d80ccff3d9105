using System.Net;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Site;

/// <summary>Lean pages: HTML, CSS and JS of any page under 100 KB on the wire, and nothing fetched from another host.</summary>
public sealed class PageWeightTests(FederationSite site) : IClassFixture<FederationSite>
{
    const int Budget = 100 * 1024;

    public static TheoryData<string> Pages => new()
    {
        "/", "/news", "/forums", "/standards", "/training", "/brand", "/about", "/about/committees", "/search?q=%E6%A0%87%E5%87%86",
        "/news/interview-zheng-huiqiang", "/news/first-thirteen-shanghai-service-special-actions", "/forums/urban-renewal-forum",
        "/standards/shanghai-modern-service-group-standard-drafting-guide", "/training/call-centre-attendant-skill-assessment",
        "/brand/special-action-01-financial-services", "/no-such-page",
        "/en", "/en/news", "/en/brand", "/en/news/interview-zheng-huiqiang", "/en/about/platforms", "/en/search?q=service",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WithItsStylesAndScripts_IsUnder100KilobytesCompressed(string url)
    {
        var client = site.CreateClient();
        var (response, htmlBytes, html) = await Wire.GetAsync(client, url);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        Assert.NotEmpty(response.Content.Headers.ContentEncoding);
        var page = await Html.ParseAsync(html, url);

        var total = htmlBytes;
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!));
        foreach (var asset in assets)
        {
            var (assetResponse, bytes, _) = await Wire.GetAsync(client, asset);
            Assert.Equal(HttpStatusCode.OK, assetResponse.StatusCode);
            total += bytes;
        }

        Assert.True(total < Budget, $"{url} weighs {total} bytes compressed");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_LoadsNothingFromAnotherHost(string url)
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), url);

        var references = page.QuerySelectorAll("link[href], script[src], img[src], iframe[src], source[srcset], video[src], audio[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.GetAttribute("srcset")!)
            .Where(r => !r.StartsWith('/') || r.StartsWith("//", StringComparison.Ordinal))
            .Where(r => !r.StartsWith("http://localhost/", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(references);
    }
}
