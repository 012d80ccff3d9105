using System.Net;
using Federation.Cms.Content.Types;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.BackOffice;

/// <summary>A draft seen on its real public page through the back office's signed link, and nobody else's.</summary>
public sealed class PreviewTests
{
    [Fact]
    public async Task PreviewLink_ShowsTheDraftOnItsPublicPage_NotIndexedNotCached_WhileTheAddressAloneIs404()
    {
        await using var site = new FederationSite();
        var writer = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);
        var created = await writer.PostFormAsync("/cms/content/news/new", new()
        {
            ["cultures.zh-CN.title"] = "待审的新闻", ["cultures.zh-CN.slug"] = "awaiting-review", ["fields.category"] = "notice", ["cultures.zh-CN.body"] = "<p>草稿正文。</p>",
        }, action: "/cms/content/news/new?handler=Submit");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];

        var link = await writer.Http.GetAsync(itemPage + "?handler=Preview&version=1");
        var previewUrl = link.Headers.Location!.OriginalString;
        var reviewer = site.CreateClient(new() { AllowAutoRedirect = false });
        var (preview, page) = await Html.GetAsync(reviewer, previewUrl);
        var plain = await reviewer.GetAsync("/news/awaiting-review");

        Assert.StartsWith("/news/awaiting-review?preview=", previewUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("待审的新闻", page.QuerySelector("main h1").Text());
        Assert.Contains("草稿正文。", page.QuerySelector("article").Text(), StringComparison.Ordinal);
        Assert.StartsWith("预览：第 1 版，尚未发布", page.QuerySelector(".preview-banner").Text(), StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.True(preview.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
    }

    [Fact]
    public async Task PreviewOfANewerDraft_ShowsTheDraft_WhileReadersStillSeeThePublishedVersion()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var created = await editor.PostFormAsync("/cms/content/news/new", new()
        {
            ["cultures.zh-CN.title"] = "已发布的标题", ["cultures.zh-CN.slug"] = "live-news", ["fields.category"] = "notice",
        }, action: "/cms/content/news/new?handler=Publish");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];
        await editor.PostFormAsync(itemPage, new()
        {
            ["cultures.zh-CN.title"] = "修改中的标题", ["cultures.zh-CN.slug"] = "live-news", ["fields.category"] = "notice", ["basedOnVersion"] = "1",
        }, action: itemPage + "?handler=Save");

        var link = await editor.Http.GetAsync(itemPage + "?handler=Preview&version=2");
        var (_, preview) = await Html.GetAsync(site.CreateClient(), link.Headers.Location!.OriginalString);
        var (_, published) = await Html.GetAsync(site.CreateClient(), "/news/live-news");

        Assert.Equal("修改中的标题", preview.QuerySelector("main h1").Text());
        Assert.Equal("已发布的标题", published.QuerySelector("main h1").Text());
        Assert.Null(published.QuerySelector(".preview-banner"));
    }

    [Theory]
    [InlineData("/news/anything?preview=made-up-token")]
    [InlineData("/en/about/profile?preview=CfDJ8garbage")]
    public async Task BadToken_Is403_WithTheSitesPageSayingWhy(string url)
    {
        await using var site = new FederationSite();

        var (response, page) = await Html.GetAsync(site.CreateClient(), url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(url.StartsWith("/en", StringComparison.Ordinal) ? "preview link is not valid" : "预览链接无效或已过期", page.QuerySelector("main").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenForANewsItem_DoesNotOpenOnAnotherSection()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var created = await editor.PostFormAsync("/cms/content/news/new", new()
        {
            ["cultures.zh-CN.title"] = "新闻草稿", ["cultures.zh-CN.slug"] = "news-draft", ["fields.category"] = "notice",
        }, action: "/cms/content/news/new?handler=Save");
        var link = await editor.Http.GetAsync(created.Headers.Location!.OriginalString.Split('?')[0] + "?handler=Preview&version=1");
        var token = link.Headers.Location!.OriginalString.Split("?preview=")[1];

        var elsewhere = await site.CreateClient().GetAsync("/standards/news-draft?preview=" + token);

        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
    }
}
