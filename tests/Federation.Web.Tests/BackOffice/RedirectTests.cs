using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.BackOffice;

/// <summary>An old address of a live item answers 301 with its address now, in both cultures, until an editor removes it.</summary>
public sealed class RedirectTests
{
    [Fact]
    public async Task OldSlug_Answers301WithTheNewAddress_InBothCultures()
    {
        await using var site = new FederationSite();
        var news = await site.PublishAsync(new NewsFields(), new NewsText { Title = "改名的新闻", Slug = "old-name" }, new NewsText { Title = "Renamed news", Slug = "old-english-name" });
        await site.PublishAsync(news with
        {
            Cultures = new Dictionary<string, Federation.Cms.Content.CultureText>
            {
                [Cultures.Chinese] = new NewsText { Title = "改名的新闻", Slug = "new-name" },
                [Cultures.English] = new NewsText { Title = "Renamed news", Slug = "new-english-name" },
            },
        });
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var chinese = await client.GetAsync("/news/old-name?utm_source=weixin");
        var english = await client.GetAsync("/en/news/old-english-name");
        var current = await client.GetAsync("/news/new-name");
        var unknown = await client.GetAsync("/news/never-existed");

        Assert.Equal(HttpStatusCode.MovedPermanently, chinese.StatusCode);
        Assert.Equal("/news/new-name?utm_source=weixin", chinese.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, english.StatusCode);
        Assert.Equal("/en/news/new-english-name", english.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RedirectsScreen_ListsTheOldAddress_AndRemovingItMakesIt404()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var created = await editor.PostFormAsync("/cms/content/news/new", new()
        {
            ["cultures.zh-CN.title"] = "将要改别名", ["cultures.zh-CN.slug"] = "will-move", ["fields.category"] = "notice",
        }, action: "/cms/content/news/new?handler=Publish");
        var itemPage = created.Headers.Location!.OriginalString.Split('?')[0];
        var (_, form) = await editor.GetAsync(itemPage);
        await editor.PostFormAsync(itemPage, new()
        {
            ["cultures.zh-CN.title"] = "将要改别名", ["cultures.zh-CN.slug"] = "has-moved", ["fields.category"] = "notice",
            ["basedOnVersion"] = form.QuerySelector("input[name=basedOnVersion]")!.GetAttribute("value")!,
        }, action: itemPage + "?handler=Publish");
        var anonymous = site.CreateClient(new() { AllowAutoRedirect = false });
        var moved = await anonymous.GetAsync("/news/will-move");

        var (_, screen) = await editor.GetAsync("/cms/redirects");
        var row = screen.QuerySelectorAll("table.bo-table tbody tr").Single();
        await editor.PostFormAsync("/cms/redirects", new() { ["id"] = row.QuerySelector("input[name=id]")!.GetAttribute("value")! }, action: "/cms/redirects?handler=Remove");
        var removed = await anonymous.GetAsync("/news/will-move");

        Assert.Equal("/news/has-moved", moved.Headers.Location?.OriginalString);
        Assert.Contains("will-move", row.Text(), StringComparison.Ordinal);
        Assert.Contains("has-moved", row.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
    }
}
