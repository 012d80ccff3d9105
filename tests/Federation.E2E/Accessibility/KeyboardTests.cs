using Federation.E2E.Support;

namespace Federation.E2E.Accessibility;

/// <summary>A reader with only a keyboard: the skip link first, every menu entry reachable, focus always visible, filters usable.</summary>
public sealed class KeyboardTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    /// <summary>What the focused element is and how its focus shows.</summary>
    const string Focused = """
        () => {
          const e = document.activeElement, s = getComputedStyle(e);
          return { tag: e.tagName, id: e.id, href: e.getAttribute("href"), text: e.innerText || e.value || "",
                   outline: s.outlineStyle === "none" ? 0 : parseFloat(s.outlineWidth),
                   top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom };
        }
        """;

    sealed class FocusedElement
    {
        public string Tag { get; set; } = "";
        public string Id { get; set; } = "";
        public string? Href { get; set; }
        public string Text { get; set; } = "";
        public double Outline { get; set; }
        public double Top { get; set; }
        public double Bottom { get; set; }
    }

    [Theory]
    [InlineData("/forums", "跳到正文")]
    [InlineData("/en/forums", "Skip to content")]
    public async Task SkipLink_IsTheFirstTabStop_ShowsWhenFocused_AndMovesFocusToTheContent(string path, string label)
    {
        var page = await site.OpenAsync(chromium, path);

        await page.Keyboard.PressAsync("Tab");
        var skip = await page.EvaluateAsync<FocusedElement>(Focused);
        await page.Keyboard.PressAsync("Enter");
        var afterSkip = await page.EvaluateAsync<FocusedElement>(Focused);
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<FocusedElement>(Focused);

        Assert.Equal(label, skip.Text.Trim());
        Assert.True(skip.Top >= 0 && skip.Bottom <= Chromium.Desktop.Height, $"the focused skip link is off screen ({skip.Top}..{skip.Bottom})");
        Assert.Equal("main", afterSkip.Id);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            $"Tab after the skip link went to {next.Tag} {next.Href} outside the content");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/en")]
    public async Task Tab_ReachesEveryMenuEntry_WithAVisibleFocusOutline(string path)
    {
        var page = await site.OpenAsync(chromium, path);
        var menu = await page.Locator("nav.site-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        var reached = new List<FocusedElement>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<FocusedElement>(Focused));
        }

        Assert.Equal(7, menu.Length);
        Assert.All(menu, href => Assert.Contains(reached, e => e.Href == href));
        Assert.All(reached, e => Assert.True(e.Outline >= 2, $"{e.Tag} {e.Href ?? e.Text} has no visible focus outline"));
    }

    [Fact]
    public async Task StandardsFilter_IsChosenAndAppliedWithTheKeyboardAlone()
    {
        var page = await site.OpenAsync(chromium, "/standards");

        await page.FocusAsync("#filter-status");
        await page.Keyboard.PressAsync("ArrowDown"); // the first status after 全部
        var chosen = await page.InputValueAsync("#filter-status");
        await page.Locator("form.filters button[type=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAsync(url => url.Contains("status=", StringComparison.Ordinal), "status=…");

        Assert.False(string.IsNullOrEmpty(chosen));
        Assert.Contains($"status={chosen}", page.Url, StringComparison.Ordinal);
        Assert.Equal(chosen, await page.InputValueAsync("#filter-status"));
    }
}
