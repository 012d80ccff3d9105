using System.Net;
using Federation.Cms.Content.Types;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.BackOffice;

/// <summary>The back office's lists return exactly the items their filters, sort and page ask for.</summary>
public sealed class ContentListTests
{
    [Fact]
    public async Task NewsList_FiltersSortsAndPages_Exactly()
    {
        await using var site = new FederationSite();
        for (var i = 1; i <= 60; i++)
        {
            await site.PublishAsync(new NewsFields(), new NewsText { Title = $"批量新闻 {i:00}", Slug = $"bulk-news-{i:00}" });
        }

        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var first = await TitlesAsync(editor, "/cms/content/news?sort=Title");
        var second = await TitlesAsync(editor, "/cms/content/news?sort=Title&page=2");
        var filtered = await TitlesAsync(editor, "/cms/content/news?q=%E6%89%B9%E9%87%8F%E6%96%B0%E9%97%BB%205");
        var drafts = await TitlesAsync(editor, "/cms/content/news?status=Draft");

        Assert.Equal(50, first.Count);
        Assert.Equal(12, second.Count); // 60 here and the 2 seeded items
        Assert.Equal(first.Concat(second).Order(StringComparer.Ordinal), first.Concat(second));
        Assert.Equal(["批量新闻 50", "批量新闻 51", "批量新闻 52", "批量新闻 53", "批量新闻 54", "批量新闻 55", "批量新闻 56", "批量新闻 57", "批量新闻 58", "批量新闻 59"], filtered.Order(StringComparer.Ordinal));
        Assert.Empty(drafts);
    }

    [Theory]
    [InlineData("/cms/content/news?status=Bogus")]
    [InlineData("/cms/content/news?sort=Sideways")]
    [InlineData("/cms/content/news?page=abc")]
    [InlineData("/cms/content/news?page=0")]
    public async Task List_WithAValueItCannotRead_Is400(string url)
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, (await editor.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task UnknownTypeOrItem_Is404()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync("/cms/content/recipes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync($"/cms/content/news/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.Http.GetAsync("/cms/content/news/not-an-id")).StatusCode);
    }

    static async Task<List<string>> TitlesAsync(BackOfficeClient client, string url)
    {
        var (response, page) = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll("table.bo-table tbody td:first-child > a").Select(a => a.Text())];
    }
}
