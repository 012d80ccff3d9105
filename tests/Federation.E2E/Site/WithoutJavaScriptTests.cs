using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.Site;

/// <summary>With JavaScript off every page still reads in full, and filters and search still work; only the larger-text button, which needs a script, is not offered.</summary>
public sealed class WithoutJavaScriptTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    public static TheoryData<string, string> Pages => SitePage.InBothCultures();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WithoutJavaScript_ShowsItsWholeContent(string name, string culture)
    {
        var sitePage = SitePage.Named(name);
        var page = await site.OpenAsync(chromium, sitePage.Path(culture), javaScript: false);

        Assert.True(await page.Locator("main h1").First.IsVisibleAsync(), "the heading is not shown");
        Assert.True(await page.Locator("nav.site-nav").IsVisibleAsync(), "the menu is not shown");
        Assert.True(await page.Locator("header form[role=search] input").IsVisibleAsync(), "the search box is not shown");
        Assert.False(await page.Locator("[data-text-size]").IsVisibleAsync(), "a button that needs JavaScript is offered");
        var hidden = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main *')].filter(e => e.innerText && getComputedStyle(e).visibility === 'hidden').length");
        Assert.Equal(0, hidden);
    }

    [Fact]
    public async Task StandardsFilter_WithoutJavaScript_ListsExactlyTheDraftsForComment()
    {
        var page = await site.OpenAsync(chromium, "/standards", javaScript: false);

        await page.SelectOptionAsync("#filter-status", "forComment");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.ArriveAsync(url => url.Contains("status=forComment", StringComparison.Ordinal), "status=forComment");
        var titles = await page.Locator(".item-card h3 a").AllInnerTextsAsync();

        Assert.Equal(["测试样例：服务规范（征求意见稿）"], titles);
    }

    [Theory]
    [InlineData("/news", "会员大会", "测试样例：联合会召开会员大会")]
    [InlineData("/en/training", "call-centre", "Test specimen: call-centre attendant, level 3 assessment")]
    public async Task HeaderSearch_WithoutJavaScript_GoesToTheResults(string path, string query, string expected)
    {
        var page = await site.OpenAsync(chromium, path, javaScript: false);

        await page.Locator("header input[name=q]").FillAsync(query);
        await page.Locator("header input[name=q]").PressAsync("Enter");
        await page.ArriveAsync(url => url.Contains("/search?q=", StringComparison.Ordinal), "/search?q=…");

        Assert.Contains(expected, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(query, await page.Locator("main form[role=search] input[name=q]").InputValueAsync());
    }
}
