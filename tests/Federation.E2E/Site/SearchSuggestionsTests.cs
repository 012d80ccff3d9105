using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.Site;

/// <summary>Titles offered while typing in a search box: an ARIA combobox that the keyboard drives, and that a screen reader follows.</summary>
public sealed class SearchSuggestionsTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    [Theory]
    [InlineData("/news", "上海现代服务业团体", "上海现代服务业团体标准编制指南", "/standards/shanghai-modern-service-group-standard-drafting-guide")]
    [InlineData("/en/about", "Guide to Draf", "Guide to Drafting Shanghai Modern Service Industry Group Standards", "/en/standards/shanghai-modern-service-group-standard-drafting-guide")]
    public async Task TypingInTheHeaderBox_OffersTitles_AndArrowDownThenEnterOpensTheFirst(string path, string typed, string title, string item)
    {
        var page = await site.OpenAsync(chromium, path);
        var box = page.Locator("header input[name=q]");
        var options = page.Locator("header [role=listbox] [role=option]");

        await box.PressSequentiallyAsync(typed, new() { Delay = 20 });
        // The titles for the whole of what was typed: on a slow machine a list for its first characters shows first.
        await Assertions.Expect(options.First).ToContainTextAsync(title);
        var listbox = page.Locator("header [role=listbox]");
        var offered = await options.AllInnerTextsAsync();
        var (expanded, controls, listboxId) = (await box.GetAttributeAsync("aria-expanded"), await box.GetAttributeAsync("aria-controls"), await listbox.GetAttributeAsync("id"));
        await box.PressAsync("ArrowDown");
        await Screenshots.SaveAsync(page, path.StartsWith("/en", StringComparison.Ordinal) ? "en" : "zh-CN", "search-suggestions");
        var active = await box.GetAttributeAsync("aria-activedescendant");
        var chosen = await options.First.GetAttributeAsync("id");
        var selected = await options.First.GetAttributeAsync("aria-selected");
        await box.PressAsync("Enter");
        await page.ArriveAtAsync(item);

        Assert.Equal("combobox", await page.Locator("header input[name=q]").GetAttributeAsync("role"));
        Assert.StartsWith(title, offered[0], StringComparison.Ordinal);
        Assert.Equal(("true", listboxId), (expanded, controls));
        Assert.Equal(chosen, active);
        Assert.Equal("true", selected);
        Assert.Equal(title, await page.Locator("main h1").InnerTextAsync());
    }

    [Theory]
    [InlineData("/", "上海现代服务业", 390)]
    [InlineData("/en", "Professional Committee", 390)]
    [InlineData("/", "上海现代服务业", 1100)]
    [InlineData("/en", "Professional Committee", 1250)]
    public async Task TheList_StaysOnTheScreen(string path, string typed, int width)
    {
        var page = await site.OpenAsync(chromium, path, new ViewportSize { Width = width, Height = 800 });

        await page.Locator("header input[name=q]").PressSequentiallyAsync(typed, new() { Delay = 20 });
        await Assertions.Expect(page.Locator("header [role=option]").First).ToBeVisibleAsync();
        var box = (await page.Locator("header [role=listbox]").BoundingBoxAsync())!;
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the list spans {box.X} to {box.X + box.Width} on a screen {width} wide");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow}px");
    }

    [Fact]
    public async Task Escape_ClosesTheList_AndEnterThenSearchesForTheWords()
    {
        var page = await site.OpenAsync(chromium, "/");
        var box = page.Locator("header input[name=q]");

        await box.PressSequentiallyAsync("专项", new() { Delay = 20 });
        await Assertions.Expect(page.Locator("header [role=option]").First).ToBeVisibleAsync();
        await box.PressAsync("Escape");
        await Assertions.Expect(page.Locator("header [role=listbox]")).ToBeHiddenAsync();
        var expanded = await box.GetAttributeAsync("aria-expanded");
        await box.PressAsync("Enter");
        await page.ArriveAsync(url => url.Contains("/search?q=", StringComparison.Ordinal), "/search?q=…");

        Assert.Equal("false", expanded);
        Assert.Equal("“专项”的搜索结果", await page.Locator("main h1").InnerTextAsync());
    }

    [Fact]
    public async Task Escape_WhileTitlesForMoreTypingAreOnTheirWay_KeepsTheListClosedWhenTheyArrive()
    {
        var page = await site.OpenAsync(chromium, "/");
        var box = page.Locator("header input[name=q]");
        var longer = "q=" + Uri.EscapeDataString("专项");
        var asked = new TaskCompletionSource();
        var answered = new TaskCompletionSource();
        // The titles for the longer text take a second to come, as on a slow connection.
        await page.RouteAsync(url => url.Contains("/search/suggest", StringComparison.Ordinal), async route =>
        {
            if (!route.Request.Url.Contains(longer, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            asked.TrySetResult();
            await Task.Delay(1000);
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The page gave up the request: nothing to answer.
            }

            answered.TrySetResult();
        });

        await box.PressSequentiallyAsync("专", new() { Delay = 20 });
        await Assertions.Expect(page.Locator("header [role=option]").First).ToBeVisibleAsync();
        await box.PressSequentiallyAsync("项", new() { Delay = 20 });
        await asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await box.PressAsync("Escape");
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(500);

        Assert.Equal("专项", await box.InputValueAsync());
        Assert.True(await page.Locator("header [role=listbox]").IsHiddenAsync(), "the list opened again after Escape when the titles arrived");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task ClickingASuggestion_InTheSearchPagesOwnBox_OpensTheItem()
    {
        var page = await site.OpenAsync(chromium, "/search?q=" + Uri.EscapeDataString("标准"));
        var box = page.Locator("#search-page-q");

        await box.FillAsync("");
        await box.PressSequentiallyAsync("团体标", new() { Delay = 20 });
        await page.Locator("main [role=option]", new() { HasText = "上海现代服务业团体标准编制指南" }).ClickAsync();
        await page.ArriveAtAsync("/standards/shanghai-modern-service-group-standard-drafting-guide");

        Assert.Equal("上海现代服务业团体标准编制指南", await page.Locator("main h1").InnerTextAsync());
    }
}
