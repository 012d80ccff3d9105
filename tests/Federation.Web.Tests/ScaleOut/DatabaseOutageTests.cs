using System.Net;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.ScaleOut;

/// <summary>The site on PostgreSQL when the database stops answering: published pages come from the snapshot in memory.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseUnreachable_PublishedPagesAreStillServed_AndHealthSaysWhatIsWrong()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var node = Node.Start(store.ConnectionString, redis: null, TimeSpan.FromSeconds(1));
        await node.Site.PublishAsync(new NewsFields(), new NewsText { Title = "数据库停止时仍可阅读", Slug = "database-outage-news" });

        await store.CutOffAsync();
        // Pages never requested before, so nothing of them is in the output cache: they are rendered from the snapshot.
        var pages = new Dictionary<string, HttpResponseMessage>();
        foreach (var url in new[] { "/news/database-outage-news", "/news?page=1", "/standards?status=inForce", "/en/forums", "/feeds/news.atom", "/sitemap.xml" })
        {
            pages[url] = await node.Client.GetAsync(url);
        }

        var detail = await pages["/news/database-outage-news"].Content.ReadAsStringAsync();
        var health = await node.Client.GetStringAsync("/healthz");

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Value.StatusCode));
        Assert.Contains("数据库停止时仍可阅读", detail, StringComparison.Ordinal);
        // Degraded, not down: the site still serves; editors cannot save until the store is back.
        Assert.Contains("\"status\": \"Degraded\"", health, StringComparison.Ordinal);
        Assert.Contains("store does not answer", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DatabaseUnreachable_TheBackOfficeSays503_WithRetryAfterAndWhy_ForSignInAndForASignedInEditor()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var node = Node.Start(store.ConnectionString, redis: null, TimeSpan.FromSeconds(1));
        await BackOfficeUsers.CreateAsync(node.Site, "outage-editor@example.org", "李编辑", Federation.Cms.Users.CmsRoles.Editor);
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = node.Origin };
        using var visitor = new HttpClient { BaseAddress = node.Origin };
        Assert.Equal(HttpStatusCode.Redirect, (await new BackOfficeClient(browser).SignInAsync("outage-editor@example.org", BackOfficeUsers.Password)).StatusCode);

        await store.CutOffAsync();
        var signIn = await visitor.GetAsync("/cms/sign-in");
        var list = await browser.GetAsync("/cms/content/news");
        var page = await signIn.Content.ReadAsStringAsync();
        var site = await node.Client.GetAsync("/news");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
        Assert.NotNull(signIn.Headers.RetryAfter);
        Assert.Contains("内容管理暂时无法使用", page, StringComparison.Ordinal);
        Assert.Contains("无法连接内容数据库", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, site.StatusCode);
    }
}
