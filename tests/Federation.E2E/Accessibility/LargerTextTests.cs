using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.Accessibility;

/// <summary>The larger-text mode for older readers: one press scales the whole page, and the choice follows the reader from page to page.</summary>
public sealed class LargerTextTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    const string RootFontSize = "() => parseFloat(getComputedStyle(document.documentElement).fontSize)";

    [Theory]
    [InlineData("/", "大字模式", "团体标准")]
    [InlineData("/en", "Larger text", "Group standards")]
    public async Task LargerText_ScalesThePage_PersistsAcrossPages_AndTurnsOff(string home, string button, string menuEntry)
    {
        var page = await site.OpenAsync(chromium, home);
        var normal = await page.EvaluateAsync<double>(RootFontSize);
        var textSize = page.GetByRole(AriaRole.Button, new() { Name = button });

        await textSize.ClickAsync();
        var enlarged = await page.EvaluateAsync<double>(RootFontSize);
        await page.Locator("nav.site-nav").GetByRole(AriaRole.Link, new() { Name = menuEntry, Exact = true }).ClickAsync();
        await page.ArriveAsync(url => url.EndsWith("/standards", StringComparison.Ordinal), "/standards");
        var onNextPage = await page.EvaluateAsync<double>(RootFontSize);
        var pressedOnNextPage = await textSize.GetAttributeAsync("aria-pressed");

        await textSize.ClickAsync();
        await page.ReloadAsync();
        var afterTurningOff = await page.EvaluateAsync<double>(RootFontSize);

        Assert.True(enlarged >= normal * 1.2, $"larger text is {enlarged}px against {normal}px");
        Assert.Equal(enlarged, onNextPage);
        Assert.Equal("true", pressedOnNextPage);
        Assert.Equal(normal, afterTurningOff);
        Assert.Equal("false", await textSize.GetAttributeAsync("aria-pressed"));
    }

    [Theory]
    [InlineData("/forums/" + Specimens.ForumSlug, "大字模式")]
    [InlineData("/en/standards/" + Specimens.StandardSlug, "Larger text")]
    public async Task LargerText_OnAPhone_StillFitsTheScreenAndPassesTheAudit(string path, string button)
    {
        var page = await site.OpenAsync(chromium, path, Chromium.Phone);

        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Screenshots.SaveAsync(page, path.StartsWith("/en", StringComparison.Ordinal) ? "en" : "zh-CN", "larger-text");

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text')"));
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px in larger-text mode");
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
    }
}
