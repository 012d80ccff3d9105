using Federation.E2E.Support;

namespace Federation.E2E.Site;

/// <summary>No page makes the browser ask any host but the site: no CDN, no fonts, no analytics.</summary>
public sealed class OwnOriginTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    public static TheoryData<string, string> Pages => SitePage.InBothCultures();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_RequestsNothingFromAnotherHost(string name, string culture)
    {
        var context = await chromium.NewContextAsync(site.Origin);
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(SitePage.Named(name).Path(culture), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });

        Assert.Contains(requested, url => url.EndsWith(".css", StringComparison.Ordinal) || url.Contains(".css?", StringComparison.Ordinal));
        Assert.All(requested, url => Assert.Equal(site.Origin.GetLeftPart(UriPartial.Authority), new Uri(url).GetLeftPart(UriPartial.Authority)));
        await context.CloseAsync();
    }
}
