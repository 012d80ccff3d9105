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
}
