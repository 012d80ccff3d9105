using System.Net;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.BackOffice;

/// <summary>The back office's stylesheet and script: named with their content hash, kept by browsers until they change.</summary>
public sealed class BackOfficeAssetsTests(FederationSite site) : IClassFixture<FederationSite>
{
    [Fact]
    public async Task TheStylesheetAndScript_AreServedWithTheirTypes_AndKeptAsImmutable()
    {
        var http = site.CreateClient();
        var (_, page) = await Html.GetAsync(http, "/cms/setup");
        string[] urls = [page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!, page.QuerySelector("script[src]")!.GetAttribute("src")!];

        Assert.Equal(["text/css", "text/javascript"], await Task.WhenAll(urls.Select(async url =>
        {
            var response = await http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Matches(@"^/cms/assets/backoffice\.(css|js)\?v=[0-9a-f]{16}$", url);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            return response.Content.Headers.ContentType!.MediaType!;
        })));
    }
}
