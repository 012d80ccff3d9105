using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Caching;

/// <summary>
/// Public pages and feeds come from the output cache (a hit carries an Age header); a publish
/// evicts exactly the pages that show the item and leaves the rest cached.
/// </summary>
public sealed class OutputCacheTests
{
    static async Task<bool> CachedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {response.StatusCode}");
        return response.Headers.Age is not null;
    }

    /// <summary>Requests each page once so it is in the cache.</summary>
    static async Task WarmAsync(HttpClient client, params string[] urls)
    {
        foreach (var url in urls)
        {
            await client.GetAsync(url);
            Assert.True(await CachedAsync(client, url), $"{url} was not cached");
        }
    }

    [Fact]
    public async Task PublishingANewsItem_EvictsItsPageTheNewsListsFeedsAndHome_AndNothingElse()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var news = await site.PublishAsync(new NewsFields(), new NewsText { Title = "缓存测试新闻", Slug = "cache-news" }, new NewsText { Title = "Cache news", Slug = "cache-news" });
        var other = SeededItem.All.First(i => i.Folder == "news" && i.Cultures["zh-CN"].Slug != "cache-news");
        string[] evicted = ["/news/cache-news", "/en/news/cache-news", "/news", "/en/news", "/", "/feeds/news.atom", "/sitemap.xml"];
        string[] kept = [other.Url("zh-CN"), "/standards", "/feeds/standards.rss", "/about", "/brand"];
        await WarmAsync(client, [.. evicted, .. kept]);

        await site.PublishAsync(news with
        {
            Cultures = new Dictionary<string, CultureText>
            {
                [Cultures.Chinese] = new NewsText { Title = "缓存测试新闻（改）", Slug = "cache-news" },
                [Cultures.English] = new NewsText { Title = "Cache news", Slug = "cache-news" },
            },
        });

        foreach (var url in evicted)
        {
            Assert.False(await CachedAsync(client, url), $"{url} still came from the cache");
        }

        foreach (var url in kept)
        {
            Assert.True(await CachedAsync(client, url), $"{url} was evicted too");
        }

        var (_, page) = await Html.GetAsync(client, "/news/cache-news");
        Assert.Equal("缓存测试新闻（改）", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task ChangingAnItem_EvictsThePagesThatLinkToIt()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var target = await site.PublishAsync(new NewsFields(), new NewsText { Title = "被链接的新闻", Slug = "linked-news" });
        await site.PublishAsync(Publishing.Document(ContentType.Forum, new ForumFields(), new ForumText { Title = "链接出去的论坛", Slug = "linking-forum" }) with { Related = [target.Id] });
        await WarmAsync(client, "/forums/linking-forum", "/forums");

        await site.PublishAsync(target with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new NewsText { Title = "被链接的新闻（新标题）", Slug = "linked-news" } } });
        var (_, forum) = await Html.GetAsync(client, "/forums/linking-forum");

        Assert.Contains("被链接的新闻（新标题）", forum.QuerySelector(".related").Text(), StringComparison.Ordinal);
        Assert.True(await CachedAsync(client, "/forums"));
    }

    [Fact]
    public async Task ChangingAnAboutPage_EvictsEveryPage_SinceEveryFooterListsThem()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        await WarmAsync(client, "/standards", "/news", "/en/brand");
        var contact = SeededItem.All.Single(i => i.Folder == "pages" && i.Cultures["zh-CN"].Slug == "contact");

        await site.UnpublishAsync(Guid.Parse(contact.Id));
        var (_, standards) = await Html.GetAsync(client, "/standards");

        Assert.DoesNotContain(standards.QuerySelectorAll("footer a"), a => a.Text() == "联系我们");
        Assert.False(await CachedAsync(client, "/news"), "/news still came from the cache");
        Assert.False(await CachedAsync(client, "/en/brand"), "/en/brand still came from the cache");
    }

    [Fact]
    public async Task UnpublishedItem_IsGoneFromItsCachedPageAndLists()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var news = await site.PublishAsync(new NewsFields(), new NewsText { Title = "将下线的新闻", Slug = "going-away" });
        await WarmAsync(client, "/news/going-away", "/news");

        await site.UnpublishAsync(news.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/news/going-away")).StatusCode);
        Assert.DoesNotContain("将下线的新闻", await client.GetStringAsync("/news"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cms/sign-in")]
    [InlineData("/healthz")]
    [InlineData("/news/no-such-item")]
    public async Task BackOfficeHealthAndErrors_AreNeverCached(string url)
    {
        await using var site = new FederationSite();
        await Federation.Tests.Site.BackOfficeUsers.CreateAsync(site, "editor@example.org", "李编辑", Cms.Users.CmsRoles.Editor);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        await client.GetAsync(url);
        var again = await client.GetAsync(url);

        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task CompressedAndPlainReaders_EachGetTheirOwnCachedCopy()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();

        var (plain, plainLength, _) = await Wire.GetAsync(client, "/standards", acceptEncoding: null);
        var (gzip, _, _) = await Wire.GetAsync(client, "/standards", acceptEncoding: "gzip");
        var (plainAgain, plainAgainLength, _) = await Wire.GetAsync(client, "/standards", acceptEncoding: null);
        var (gzipAgain, _, gzipText) = await Wire.GetAsync(client, "/standards", acceptEncoding: "gzip");

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        Assert.Equal(plainLength, plainAgainLength);
        Assert.NotNull(plainAgain.Headers.Age);
        Assert.Equal(["gzip"], gzipAgain.Content.Headers.ContentEncoding);
        Assert.Contains("团体标准", gzipText, StringComparison.Ordinal);
    }
}
