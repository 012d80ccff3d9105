using System.Text;
using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.Lists;

/// <summary>What a reader does with a long list and an announcement: page through it, and take a forum into their calendar.</summary>
public sealed class PagingAndDownloadsTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    [Theory]
    [InlineData("/brand", "下一页", "上一页", "zh-CN")]
    [InlineData("/en/brand", "Next", "Previous", "en")]
    public async Task Pager_WalksTheBrandShowcaseAcrossPages_AndBack(string path, string next, string previous, string culture)
    {
        var expected = SeededItem.All.Where(i => i.Section == "brand").Select(i => i.Cultures[culture].Title).Order().ToList();
        var page = await site.OpenAsync(chromium, path);

        var first = await page.Locator(".item-card h3 a").AllInnerTextsAsync();
        await page.Locator("nav.pager").GetByRole(AriaRole.Link, new() { Name = next, Exact = true }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("page=2", StringComparison.Ordinal), "page 2");
        var second = await page.Locator(".item-card h3 a").AllInnerTextsAsync();
        var current = await page.Locator("nav.pager a[aria-current=page]").InnerTextAsync();
        await page.Locator("nav.pager").GetByRole(AriaRole.Link, new() { Name = previous, Exact = true }).ClickAsync();
        await page.ArriveAsync(url => !url.Contains("page=2", StringComparison.Ordinal), "page 1");

        Assert.Equal(20, first.Count);
        Assert.Equal("2", current);
        Assert.Equal(expected, first.Concat(second).Order());
        Assert.Equal(first, await page.Locator(".item-card h3 a").AllInnerTextsAsync());
    }

    [Theory]
    [InlineData("/forums/" + Specimens.ForumSlug, "添加到日历", "测试样例：现代服务业创新论坛")]
    [InlineData("/en/forums/" + Specimens.ForumSlug, "Add to calendar", "Test specimen: modern services innovation forum")]
    public async Task AddToCalendar_DownloadsAnIcsFileOfTheForum(string path, string link, string title)
    {
        var page = await site.OpenAsync(chromium, path);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        var file = Path.Combine(Directory.CreateTempSubdirectory("federation-ics-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        var calendar = await File.ReadAllTextAsync(file, Encoding.UTF8);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

        Assert.Equal(Specimens.ForumSlug + ".ics", download.SuggestedFilename);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + title.Replace(",", "\\,", StringComparison.Ordinal), calendar.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
