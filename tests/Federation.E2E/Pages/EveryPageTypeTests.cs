using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.Pages;

/// <summary>
/// Every kind of page in both cultures, in Chromium at phone and desktop widths: it answers as it
/// should, reads in the right language, has no serious or critical axe violation, never scrolls
/// sideways (WCAG 1.4.10 reflow), and leaves a screenshot for people to look at.
/// </summary>
public sealed class EveryPageTypeTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    public static TheoryData<string, string> Pages => SitePage.InBothCultures();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AtDesktopWidth_IsAccessibleAndInItsLanguage(string name, string culture) =>
        await CheckAsync(SitePage.Named(name), culture, Chromium.Desktop);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AtPhoneWidth_IsAccessibleAndFitsTheScreen(string name, string culture) =>
        await CheckAsync(SitePage.Named(name), culture, Chromium.Phone);

    async Task CheckAsync(SitePage sitePage, string culture, ViewportSize viewport)
    {
        var context = await chromium.NewContextAsync(site.Origin, viewport);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(sitePage.Path(culture));
        await Screenshots.SaveAsync(page, culture, sitePage.Name);

        Assert.Equal(sitePage.Status, response!.Status);
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("main h1").First.InnerTextAsync()), "the page has no heading");
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{sitePage.Path(culture)} scrolls sideways by {overflow}px at {viewport.Width}px");
        await context.CloseAsync();
    }
}
