using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.BackOffice;

/// <summary>Every back-office screen, as an administrator sees it at desktop and phone widths: no serious or critical axe violation, no sideways scrolling, a screenshot.</summary>
public sealed class BackOfficePagesTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    public static TheoryData<string, bool> Screens()
    {
        var data = new TheoryData<string, bool>();
        foreach (var screen in new[] { "sign-in", "dashboard", "news-list", "forum-edit", "course-new", "standard-edit", "history", "users", "audit", "problems", "media", "media-item", "redirects", "transfer", "partners", "partner-new-key", "webhook", "trusted-documents", "search-index" })
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
            case "partners": await page.GotoAsync("/cms/partners"); break;
            case "partner-new-key":
                await RegisterPartnerAsync(page);
                await page.GetByLabel("用途（可选）").FillAsync("正式环境");
                await page.GetByRole(AriaRole.Button, new() { Name = "新建 API 密钥" }).ClickAsync();
                await page.Locator("#new-key").WaitForAsync();
                break;
            case "webhook":
                await RegisterPartnerAsync(page);
                await page.GetByLabel("目标网址").FillAsync("https://partner.example.org/hooks/federation");
                await page.GetByRole(AriaRole.Button, new() { Name = "添加 Webhook" }).ClickAsync();
                await page.GetByRole(AriaRole.Link, new() { Name = "https://partner.example.org/hooks/federation" }).ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "发送测试事件" }).ClickAsync();
                await page.Locator("table.bo-table").WaitForAsync();
                break;
            case "trusted-documents":
                await page.GotoAsync("/cms/partners/documents");
                await page.GetByLabel("名称").FillAsync("首页新闻列表");
                // One site serves every case: each registers a document of its own (the same one twice is refused).
                await page.GetByLabel("GraphQL 文档").FillAsync($"query HomeNews{(phone ? "OnPhones" : "")} {{\n  news(first: 5) {{ edges {{ node {{ title url }} }} }}\n}}\n");
                await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
                await page.Locator("[role=status] code").WaitForAsync();
                break;
            case "search-index":
                // The screen follows the rebuild with its script, then shows it finished.
                await page.GotoAsync("/cms/search");
                await page.GetByRole(AriaRole.Button, new() { Name = "重建索引" }).ClickAsync();
                await Assertions.Expect(page.Locator("[data-field=state]")).ToContainTextAsync("重建完成");
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "重建索引" })).ToBeEnabledAsync();
                break;
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

    /// <summary>Registers a partner on the partners screen, as an administrator would, and stays on its page.</summary>
    static async Task RegisterPartnerAsync(IPage page)
    {
        await page.GotoAsync("/cms/partners");
        await page.GetByLabel("名称").FillAsync("浙江省现代服务业联合会");
        await page.GetByLabel("联系人和联系方式").FillAsync("王工 wang@partner.example.org");
        await page.GetByLabel("允许的来源（CORS）").FillAsync("https://partner.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建合作伙伴" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "浙江省现代服务业联合会" }).WaitForAsync();
    }

    /// <summary>Finds an item by its slug with the list's filter and opens it, as an editor would.</summary>
    static async Task OpenItemAsync(IPage page, string folder, string slug)
    {
        await page.GotoAsync($"/cms/content/{folder}?q={slug}");
        await page.Locator("table.bo-table tbody a").First.ClickAsync();
        await page.ArriveAsync(url => url.Contains($"/cms/content/{folder}/", StringComparison.Ordinal) && !url.Contains('?', StringComparison.Ordinal), $"an item of /cms/content/{folder}");
    }
}
