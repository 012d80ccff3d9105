using System.Net;
using Federation.Cms.Users;
using Federation.Cms.Versions;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.BackOffice;

/// <summary>The edit form over HTTP, as a browser or a hand-made request would use it.</summary>
public sealed class EditingTests
{
    static Dictionary<string, string> News(string title, string slug) => new()
    {
        ["cultures.zh-CN.title"] = title, ["cultures.zh-CN.slug"] = slug, ["fields.category"] = "federation", ["cultures.zh-CN.body"] = "<p>正文。</p>",
    };

    [Fact]
    public async Task Writer_ForgedSaveAndPublish_IsForbidden_AndNothingIsSavedOrPublished()
    {
        await using var site = new FederationSite();
        var writer = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);
        var (_, form) = await writer.GetAsync("/cms/content/news/new");
        var id = form.QuerySelector("input[name=id]")!.GetAttribute("value")!;

        var forged = await writer.PostFormAsync("/cms/content/news/new", new(News("撰稿人想发布", "writer-wants-to-publish")) { ["id"] = id }, action: "/cms/content/news/new?handler=Publish");

        Assert.Equal("/cms/denied", forged.Headers.Location?.AbsolutePath);
        Assert.Null(await site.Services.GetRequiredService<VersionHistory>().FindItemAsync(Guid.Parse(id)));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/news/writer-wants-to-publish")).StatusCode);
    }

    [Fact]
    public async Task Writer_ForgedPublishOrUnpublishOfASavedItem_IsForbidden()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var writer = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);
        var created = await editor.PostFormAsync("/cms/content/news/new", News("编辑的新闻", "editors-news"), action: "/cms/content/news/new?handler=Publish");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];

        var publish = await writer.PostFormAsync(itemPage, new() { ["version"] = "1" }, action: itemPage + "?handler=PublishVersion");
        var unpublish = await writer.PostFormAsync(itemPage, [], action: itemPage + "?handler=Unpublish");
        var (_, writersView) = await writer.GetAsync(itemPage);

        Assert.Equal("/cms/denied", publish.Headers.Location?.AbsolutePath);
        Assert.Equal("/cms/denied", unpublish.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/news/editors-news")).StatusCode);
        Assert.DoesNotContain(writersView.QuerySelectorAll("button"), b => b.Text() is "从网站下线" or "保存并发布");
    }

    [Fact]
    public async Task StaleSave_IsRefusedWith409_TheEditorsTextStaysInTheForm_AndTheOtherSaveIsKept()
    {
        await using var site = new FederationSite();
        var first = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor, "李编辑");
        var second = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor, "赵编辑");
        var created = await first.PostFormAsync("/cms/content/news/new", News("共同编辑的新闻", "shared-news"), action: "/cms/content/news/new?handler=Save");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];

        // Both open version 1; 赵编辑 saves first.
        var (_, firstForm) = await first.GetAsync(itemPage);
        var token = firstForm.QuerySelector("form#editor input[name=__RequestVerificationToken]")!.GetAttribute("value");
        await second.PostFormAsync(itemPage, new(News("赵编辑的标题", "shared-news")) { ["basedOnVersion"] = "1" }, action: itemPage + "?handler=Save");
        var refused = await first.PostAsync(itemPage + "?handler=Save", new(News("李编辑的标题", "shared-news")) { ["basedOnVersion"] = "1" }, token);
        var page = await Html.ParseAsync(await refused.Content.ReadAsStringAsync(), itemPage);
        var history = site.Services.GetRequiredService<VersionHistory>();
        var item = await history.FindItemAsync(Guid.Parse(itemPage.Split('/')[^1]));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("您打开的是第 1 版，其间有人保存了第 2 版", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Equal("李编辑的标题", page.QuerySelector("input[name='cultures.zh-CN.title']")!.GetAttribute("value"));
        Assert.Equal(2, item!.LatestVersion);
        Assert.Equal("赵编辑的标题", (await history.GetAsync(item.Id, 2)).ChineseText.Title);
    }

    [Fact]
    public async Task InvalidForm_Is400_WithEachProblemBesideItsField_AndNothingSaved()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var response = await editor.PostFormAsync("/cms/content/forums/new", new()
        {
            ["cultures.zh-CN.title"] = "", ["cultures.zh-CN.slug"] = "Urban Renewal!", ["fields.start"] = "2026-12-01T17:00", ["fields.end"] = "2026-12-01T09:00",
            ["fields.registration.capacity"] = "三百",
        }, action: "/cms/content/forums/new?handler=Save");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/content/forums/new");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("请填写。", page.QuerySelector("#f-cultures-zh-CN-title-problem").Text());
        Assert.StartsWith("只能用小写字母", page.QuerySelector("#f-cultures-zh-CN-slug-problem").Text(), StringComparison.Ordinal);
        Assert.Equal("请填写整数。", page.QuerySelector("#f-fields-registration-capacity-problem").Text());
        Assert.Equal("三百", page.QuerySelector("#f-fields-registration-capacity")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("#problems a"), a => a.GetAttribute("href") == "#f-cultures-zh-CN-title");
        Assert.Equal("Urban Renewal!", page.QuerySelector("#f-cultures-zh-CN-slug")!.GetAttribute("value"));
    }

    [Fact]
    public async Task RichText_IsSanitizedOnSave_WhateverTheFormSent()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        await editor.PostFormAsync("/cms/content/news/new", new(News("带脚本的新闻", "scripted-news"))
        {
            ["cultures.zh-CN.body"] = "<p onclick=\"steal()\">正文<script>steal()</script><a href=\"javascript:steal()\">链接</a></p>",
        }, action: "/cms/content/news/new?handler=Publish");
        var html = await site.CreateClient().GetStringAsync("/news/scripted-news");

        Assert.Contains("正文", html, StringComparison.Ordinal);
        Assert.DoesNotContain("steal()", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleForm_SavesAFutureTime_ShowsAPastOneBesideItsField_AndRefusesAWriter()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var writer = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);
        var created = await editor.PostFormAsync("/cms/content/news/new", News("定时的新闻", "scheduled-news"), action: "/cms/content/news/new?handler=Save");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];
        var next = DateTime.UtcNow.AddHours(8).AddDays(3);
        var future = $"{next:yyyy-MM-dd}T09:30";

        var saved = await editor.PostFormAsync(itemPage, new() { ["publishAt"] = future }, action: itemPage + "?handler=Schedule");
        var (_, page) = await editor.GetAsync(itemPage);
        var past = await editor.PostFormAsync(itemPage, new() { ["publishAt"] = "2020-01-01T09:00" }, action: itemPage + "?handler=Schedule");
        var pastPage = await Html.ParseAsync(await past.Content.ReadAsStringAsync(), itemPage);
        var forged = await writer.PostFormAsync(itemPage, new() { ["publishAt"] = future }, action: itemPage + "?handler=Schedule");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"{next:yyyy-MM-dd} 09:30（第 1 版）", page.QuerySelector("aside dl").Text(), StringComparison.Ordinal);
        Assert.Equal("已排期", page.QuerySelector(".bo-title-row .bo-status").Text());
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal("定时发布的时间已经过去。", pastPage.QuerySelector("#publishAt-problem").Text());
        Assert.Equal("/cms/denied", forged.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task TwoEditorsOnOneItem_EachSeesTheOther_AndTheHeartbeatTellsOfANewerVersion()
    {
        await using var site = new FederationSite();
        var li = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor, "李编辑");
        var zhao = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor, "赵编辑");
        var created = await li.PostFormAsync("/cms/content/news/new", News("两人同编", "two-editors"), action: "/cms/content/news/new?handler=Save");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];
        var id = itemPage.Split('/')[^1];

        await li.GetAsync(itemPage);
        var (_, zhaosPage) = await zhao.GetAsync(itemPage);
        await zhao.PostFormAsync(itemPage, new(News("赵编辑改过", "two-editors")) { ["basedOnVersion"] = "1" }, action: itemPage + "?handler=Save");
        var beat = await li.Http.PostAsync($"/cms/presence/{id}", null);
        var state = System.Text.Json.JsonDocument.Parse(await beat.Content.ReadAsStringAsync()).RootElement;
        await zhao.Http.PostAsync($"/cms/presence/{id}/leave", null);
        var afterLeave = System.Text.Json.JsonDocument.Parse(await (await li.Http.PostAsync($"/cms/presence/{id}", null)).Content.ReadAsStringAsync()).RootElement;

        Assert.StartsWith("李编辑 也打开了此内容", zhaosPage.QuerySelector("[data-presence-others]").Text(), StringComparison.Ordinal);
        Assert.Equal(["赵编辑"], state.GetProperty("others").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, state.GetProperty("latestVersion").GetInt32());
        Assert.Equal(0, afterLeave.GetProperty("others").GetArrayLength());
        Assert.Equal(HttpStatusCode.Redirect, (await site.CreateClient(new() { AllowAutoRedirect = false }).PostAsync($"/cms/presence/{id}", null)).StatusCode);
    }
}
