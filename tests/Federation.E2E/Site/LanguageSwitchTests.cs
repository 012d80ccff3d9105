using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.Site;

/// <summary>The language switch keeps the reader on the same item, both ways.</summary>
public sealed class LanguageSwitchTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    [Theory]
    [InlineData("news-article")]
    [InlineData("forum")]
    [InlineData("standard-draft")]
    [InlineData("course")]
    [InlineData("special-action")]
    [InlineData("platform")]
    public async Task Switch_OnAnItem_OpensTheSameItemInTheOtherLanguage_AndBack(string name)
    {
        var item = SitePage.Named(name);
        var page = await site.OpenAsync(chromium, item.Chinese);
        var chineseTitle = await page.Locator("main h1").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.ArriveAtAsync(item.English);
        var englishTitle = await page.Locator("main h1").InnerTextAsync();
        var lang = await page.GetAttributeAsync("html", "lang");
        await page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }).ClickAsync();
        await page.ArriveAtAsync(item.Chinese);

        Assert.Equal("en", lang);
        Assert.NotEqual(chineseTitle, englishTitle);
        Assert.Equal(chineseTitle, await page.Locator("main h1").InnerTextAsync());
    }
}
