using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.BackOffice;

/// <summary>Every back-office screen, as an administrator sees it at desktop and phone widths: no serious or critical axe violation, no sideways scrolling, a screenshot.</summary>
public sealed class BackOfficePagesTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    public static TheoryData<string, bool> Screens()
    {
        var data = new TheoryData<string, bool>();
        foreach (var screen in new[] { "sign-in", "dashboard", "news-list", "forum-edit", "course-new", "standard-edit", "history", "users", "audit", "problems", "media", "media-item", "redirects", "transfer" })
        {
            data.Add(screen, false);
            data.Add(screen, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Screen_IsAccessibleAndFitsTheScreen(string screen, bool phone)
    {
        var viewport = phone ? Chromium.Phone : Chromium.Desktop;
        var page = screen == "sign-in"
            ? await site.OpenAsync(chromium, "/cms/sign-in", viewport)
            : await site.SignInAsync(chromium, LiveSite.AdministratorEmail, viewport);

        switch (screen)
        {
            case "news-list": await page.GotoAsync("/cms/content/news"); break;
            case "forum-edit": await OpenItemAsync(page, "forums", Specimens.ForumSlug); break;
            case "standard-edit": await OpenItemAsync(page, "standards", Specimens.StandardSlug); break;
            case "course-new": await page.GotoAsync("/cms/content/courses/new"); break;
            case "history":
                await OpenItemAsync(page, "news", Specimens.NewsSlug);
                await page.GetByRole(AriaRole.Link, new() { Name = "版本记录与对比" }).ClickAsync();
                break;
            case "users": await page.GotoAsync("/cms/users"); break;
            case "audit": await page.GotoAsync("/cms/audit"); break;
            case "media": await page.GotoAsync("/cms/media"); break;
            case "media-item":
                await page.GotoAsync("/cms/media?kind=image");
                await page.Locator(".bo-media-card a").First.ClickAsync();
                await page.Locator("[data-focal]").WaitForAsync();
                break;
            case "redirects": await page.GotoAsync("/cms/redirects"); break;
            case "transfer": await page.GotoAsync("/cms/transfer"); break;
            case "problems":
                await page.GotoAsync("/cms/content/news/new");
                await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
                await page.Locator("#problems").WaitForAsync();
                break;
        }

        await Screenshots.SaveAsync(page, "cms", screen);
        await AxeAudit.AssertNoSeriousViolationsAsync(page);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{screen} scrolls sideways by {overflow}px at {viewport.Width}px");
    }

    /// <summary>Finds an item by its slug with the list's filter and opens it, as an editor would.</summary>
    static async Task OpenItemAsync(IPage page, string folder, string slug)
    {
        await page.GotoAsync($"/cms/content/{folder}?q={slug}");
        await page.Locator("table.bo-table tbody a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/cms/content/{folder}/", StringComparison.Ordinal) && !url.Contains('?', StringComparison.Ordinal));
    }
}
