using Federation.E2E.Support;
using Microsoft.Playwright;

namespace Federation.E2E.BackOffice;

/// <summary>Editors and writers at work in the back office, seen through Chromium as they see it.</summary>
public sealed class EditorialTests(Chromium chromium, LiveSite site) : IClassFixture<LiveSite>
{
    [Fact]
    public async Task Editor_UploadsAPicture_DescribesIt_CreatesANewsItemWithIt_PublishesIt_AndReadsItOnTheSite()
    {
        var page = await site.SignInAsync(chromium, LiveSite.EditorEmail);
        await Screenshots.SaveAsync(page, "cms", "dashboard");

        // The media library: upload, then the alt text the picture needs before a page may use it, and a focal point.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "内容管理菜单" }).GetByRole(AriaRole.Link, new() { Name = "媒体库" }).ClickAsync();
        await page.GetByLabel("上传图片或 PDF（可一次选择多个）").SetInputFilesAsync(new FilePayload { Name = "open-day.png", MimeType = "image/png", Buffer = SpecimenPicture.Png(1600, 900) });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        // With the script the page reloads on ?uploaded=; a click before the script loads posts the form plainly. Both show the new file.
        await page.Locator(".bo-media-card.is-new").WaitForAsync();
        await Screenshots.SaveAsync(page, "cms", "media-library");
        await page.Locator(".bo-media-card.is-new a").ClickAsync();
        await page.Locator("html[data-enhanced]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByLabel("替代文本 *").FillAsync("会员服务开放日的会场");
        var picture = page.Locator("[data-focal] img");
        var box = (await picture.BoundingBoxAsync())!;
        await picture.ClickAsync(new() { Position = new() { X = box.Width * 0.25f, Y = box.Height * 0.75f } });
        var focalX = await page.GetByLabel("水平位置（%，0 为最左）").InputValueAsync();
        await Screenshots.SaveAsync(page, "cms", "media-item");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("done=saved", StringComparison.Ordinal), "done=saved");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "内容管理菜单" }).GetByRole(AriaRole.Link, new() { Name = "新闻动态" }).ClickAsync();
        await Screenshots.SaveAsync(page, "cms", "news-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建新闻动态" }).ClickAsync();
        var chinese = page.Locator("fieldset", new() { HasText = "中文（必填）" });
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync("联合会举办会员服务开放日");
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "别名（网址）", Exact = true }).FillAsync("member-open-day");
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "摘要", Exact = true }).FillAsync("会员单位走进联合会各功能平台。");
        await chinese.Locator(".rich-text-surface .ProseMirror").ClickAsync();
        await page.Keyboard.TypeAsync("开放日当天，会员单位参观了标准创新发展中心。");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "栏目", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "联合会动态" });
        await page.GetByLabel("封面图片").SelectOptionAsync(new SelectOptionValue { Label = "open-day.png（会员服务开放日的会场）" });
        await Screenshots.SaveAsync(page, "cms", "news-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("done=published", StringComparison.Ordinal), "done=published");
        var confirmation = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        var reader = await site.OpenAsync(chromium, "/news/member-open-day");
        var cover = reader.Locator("article figure img");

        Assert.Equal("25.0", focalX);
        Assert.Contains("已发布第 1 版", confirmation, StringComparison.Ordinal);
        Assert.Equal("联合会举办会员服务开放日", await reader.Locator("main h1").InnerTextAsync());
        Assert.Contains("开放日当天，会员单位参观了标准创新发展中心。", await reader.Locator("article").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("会员服务开放日的会场", await cover.GetAttributeAsync("alt"));
        // The browser picks one of the srcset's widths (up to the original's 1600) for its viewport; the first
        // to ask has it rendered (AVIF, for Chromium), which on a busy machine may outlast the page's load.
        Assert.True(await cover.EvaluateAsync<bool>("async img => { await img.decode(); return img.naturalWidth >= 320 && img.currentSrc.includes('/media/'); }"), "the cover picture did not load");
    }

    [Fact]
    public async Task Editor_ComparesTwoVersions_AndRollsBack_AsANewVersion()
    {
        var page = await site.SignInAsync(chromium, LiveSite.EditorEmail);
        await CreateAsync(page, "回滚测试新闻", "rollback-news");
        var chinese = page.Locator("fieldset", new() { HasText = "中文（必填）" });
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync("回滚测试新闻（改）");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("done=saved", StringComparison.Ordinal), "done=saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "版本记录与对比" }).ClickAsync();
        var heading = await page.Locator("#compare-title").InnerTextAsync();
        var removed = await page.Locator("table.bo-diff del.bo-removed").AllInnerTextsAsync();
        var added = await page.Locator("table.bo-diff ins.bo-added").AllInnerTextsAsync();
        await Screenshots.SaveAsync(page, "cms", "history-compare");
        await page.Locator("tr", new() { HasText = "第 1 版" }).GetByRole(AriaRole.Button, new() { Name = "回滚到此版本" }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("done=rolledback", StringComparison.Ordinal), "done=rolledback");

        Assert.Equal("第 1 版 → 第 2 版：1 个字段不同", heading);
        Assert.Empty(removed);
        Assert.Equal(["（改）"], added);
        Assert.Equal("回滚测试新闻", await chinese.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).InputValueAsync());
        Assert.Contains("第 3 版", await page.Locator("aside").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writer_IsOfferedNoPublishing_AndAForgedPublishIsRefused()
    {
        var page = await site.SignInAsync(chromium, LiveSite.WriterEmail);
        await CreateAsync(page, "撰稿人的草稿", "writers-draft", publish: false);

        var buttons = await page.Locator("form button").AllInnerTextsAsync();
        // Post the form to the publish handler as a hand-made request would, with the page's own token.
        var forged = await page.EvaluateAsync<int>("""
            async () => {
              const form = document.getElementById("editor");
              const response = await fetch(location.pathname + "?handler=Publish", { method: "POST", body: new FormData(form), redirect: "manual" });
              return response.status || (response.type === "opaqueredirect" ? 302 : 0);
            }
            """);
        await page.ReloadAsync();
        var status = await page.Locator("aside dl").InnerTextAsync();
        var reader = await site.OpenAsync(chromium, "/news/writers-draft");

        Assert.DoesNotContain("保存并发布", buttons);
        Assert.DoesNotContain(buttons, b => b.StartsWith("发布", StringComparison.Ordinal));
        Assert.Equal(302, forged);
        Assert.Contains("未发布", status, StringComparison.Ordinal);
        Assert.Equal(404, (await reader.ReloadAsync())!.Status);
    }

    [Fact]
    public async Task Editor_ChangesAPublishedItemsSlug_AndTheOldAddressLeadsToTheNewOne()
    {
        var page = await site.SignInAsync(chromium, LiveSite.EditorEmail);
        await CreateAsync(page, "改别名的新闻", "slug-before", publish: true);

        var chinese = page.Locator("fieldset", new() { HasText = "中文（必填）" });
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "别名（网址）", Exact = true }).FillAsync("slug-after");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存并发布" }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("done=published", StringComparison.Ordinal), "done=published");
        var reader = await site.OpenAsync(chromium, "/news/slug-before");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "内容管理菜单" }).GetByRole(AriaRole.Link, new() { Name = "网址跳转" }).ClickAsync();
        await Screenshots.SaveAsync(page, "cms", "redirects");

        Assert.Equal(new Uri(site.Origin, "/news/slug-after").ToString(), reader.Url);
        Assert.Equal("改别名的新闻", await reader.Locator("main h1").InnerTextAsync());
        Assert.Contains("slug-before", await page.Locator("table.bo-table").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditors_SeeEachOther_AndTheOneWhoSavesSecondIsToldAndKeepsTheirText()
    {
        var li = await site.SignInAsync(chromium, LiveSite.EditorEmail);
        await CreateAsync(li, "两位编辑的新闻", "two-editors-news");
        var zhao = await site.SignInAsync(chromium, LiveSite.SecondEditorEmail);
        await zhao.GotoAsync(li.Url);
        var zhaoSees = await zhao.Locator("[data-presence-others]").InnerTextAsync();

        var zhaoTitle = zhao.Locator("fieldset", new() { HasText = "中文（必填）" }).GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true });
        await zhaoTitle.FillAsync("赵编辑的标题");
        await zhao.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await zhao.ArriveAsync(url => url.Contains("done=saved", StringComparison.Ordinal), "done=saved");
        // Within one heartbeat 李编辑's page names 赵编辑 and warns of the newer version.
        await li.Locator("[data-presence-newer]:not([hidden])").WaitForAsync(new() { Timeout = 20_000 });
        var liSees = await li.Locator("[data-presence]").InnerTextAsync();
        var liTitle = li.Locator("fieldset", new() { HasText = "中文（必填）" }).GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true });
        await liTitle.FillAsync("李编辑的标题");
        await li.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await li.Locator(".bo-notice[role=alert]").WaitForAsync();
        await Screenshots.SaveAsync(li, "cms", "stale-save");

        Assert.StartsWith("李编辑 也打开了此内容", zhaoSees, StringComparison.Ordinal);
        Assert.Contains("赵编辑 也打开了此内容", liSees, StringComparison.Ordinal);
        Assert.Contains("有人刚保存了第 2 版", liSees, StringComparison.Ordinal);
        Assert.Contains("其间有人保存了第 2 版", await li.Locator(".bo-notice[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("李编辑的标题", await liTitle.InputValueAsync());
    }

    /// <summary>Creates a news item through the form and stays on its edit page.</summary>
    static async Task CreateAsync(IPage page, string title, string slug, bool publish = false)
    {
        await page.GotoAsync("/cms/content/news/new");
        var chinese = page.Locator("fieldset", new() { HasText = "中文（必填）" });
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "标题", Exact = true }).FillAsync(title);
        await chinese.GetByRole(AriaRole.Textbox, new() { Name = "别名（网址）", Exact = true }).FillAsync(slug);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "栏目", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "联合会动态" });
        await page.GetByRole(AriaRole.Button, new() { Name = publish ? "保存并发布" : "保存草稿" }).ClickAsync();
        await page.ArriveAsync(url => url.Contains("done=", StringComparison.Ordinal), "done=");
    }
}
