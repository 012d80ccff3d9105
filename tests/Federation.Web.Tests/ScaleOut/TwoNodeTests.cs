using System.Diagnostics;
using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Federation.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.ScaleOut;

/// <summary>
/// Two instances of the host on two ports, sharing a real PostgreSQL (tests/run starts one) and a
/// real Redis (started here, and stopped mid-test).
/// </summary>
public sealed class TwoNodeTests
{
    static NewsText Titled(string title) => new() { Title = title, Slug = "two-node-news" };

    /// <summary>How long until <paramref name="url"/> on a node shows <paramref name="text"/>, or null after <paramref name="limit"/>.</summary>
    static async Task<TimeSpan?> SeenWithinAsync(HttpClient node, string url, string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var response = await node.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal))
            {
                return clock.Elapsed;
            }

            await Task.Delay(25);
        }

        return null;
    }

    [Fact]
    public async Task PublishOnOneNode_IsSeenOnTheOther_WithinASecond_BeforeDuringAndAfterARedisOutage()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var redis = await RedisServer.StartAsync();
        // The change-log poll is slowed down, so only the Redis signal can bring a change within a second.
        await using var a = Node.Start(store.ConnectionString, redis.ConnectionString, changeLogPoll: TimeSpan.FromSeconds(30));
        await using var b = Node.Start(store.ConnectionString, redis.ConnectionString, changeLogPoll: TimeSpan.FromSeconds(30));
        var (nodeA, nodeB) = (a.Client, b.Client);
        await nodeB.GetAsync("/news");
        // Both nodes subscribe in the background at start: the test begins once they listen.
        await WaitForSubscribersAsync(redis, 2);

        var news = await a.Site.PublishAsync(new NewsFields(), Titled("两个节点：第一版"));
        var first = await SeenWithinAsync(nodeB, "/news/two-node-news", "两个节点：第一版", TimeSpan.FromSeconds(1));

        await redis.StopAsync();
        var whileDown = new List<HttpStatusCode>();
        foreach (var node in new[] { nodeA, nodeB })
        {
            foreach (var url in new[] { "/", "/news", "/news/two-node-news", "/standards", "/feeds/news.rss" })
            {
                whileDown.Add((await node.GetAsync(url)).StatusCode);
            }
        }

        await redis.StartAgainAsync();
        await WaitForRedisAsync(nodeA);
        await WaitForRedisAsync(nodeB);
        // Each connection subscribes again by itself once it has reconnected.
        await WaitForSubscribersAsync(redis, 2);
        await a.Site.PublishAsync(news with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = Titled("两个节点：Redis 回来后") } });
        var afterReturn = await SeenWithinAsync(nodeB, "/news/two-node-news", "两个节点：Redis 回来后", TimeSpan.FromSeconds(1));

        Assert.True(first is not null, "node B did not show node A's publish within 1 s");
        Assert.All(whileDown, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(afterReturn is not null, "after Redis returned, node B did not show node A's publish within 1 s");
    }

    [Fact]
    public async Task PublishOnOneNode_IsFoundBySearchOnTheOther_WithinASecond_AndUnpublishGoneWithinASecond()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var a = Node.Start(store.ConnectionString, redis.ConnectionString, changeLogPoll: TimeSpan.FromSeconds(30));
        await using var b = Node.Start(store.ConnectionString, redis.ConnectionString, changeLogPoll: TimeSpan.FromSeconds(30));
        await WaitForSubscribersAsync(redis, 2);
        var search = "/search?q=" + Uri.EscapeDataString("极光观测");

        var news = await a.Site.PublishAsync(new NewsFields(), Titled("极光观测服务论坛"));
        var found = await FoundWithinAsync(b.Client, search, "/news/two-node-news", present: true);
        await a.Site.UnpublishAsync(news.Id);
        var gone = await FoundWithinAsync(b.Client, search, "/news/two-node-news", present: false);

        Assert.True(found is not null, "node B's search did not find node A's publish within 1 s");
        Assert.True(gone is not null, "node B's search still found the item 1 s after node A unpublished it");
    }

    /// <summary>How long until the search page on a node links (or no longer links) to <paramref name="href"/>, or null after a second.</summary>
    static async Task<TimeSpan?> FoundWithinAsync(HttpClient node, string search, string href, bool present)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(1))
        {
            var page = await node.GetStringAsync(search);
            if (page.Contains($"href=\"{href}\"", StringComparison.Ordinal) == present)
            {
                return clock.Elapsed;
            }

            await Task.Delay(25);
        }

        return null;
    }

    [Fact]
    public async Task NodeThatMissesTheSignals_CatchesUpFromTheChangeLog_WithinFiveSeconds()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var a = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1));
        // Node B hears no signal at all: it has no Redis, like a node whose messages were lost.
        await using var b = Node.Start(store.ConnectionString, redis: null, TimeSpan.FromSeconds(1));
        var nodeB = b.Client;
        await nodeB.GetAsync("/news");

        await a.Site.PublishAsync(new NewsFields(), Titled("错过信号的节点"));
        var seen = await SeenWithinAsync(nodeB, "/news/two-node-news", "错过信号的节点", TimeSpan.FromSeconds(5));

        Assert.True(seen is not null, "node B did not catch up from the change log within 5 s");
    }

    [Fact]
    public async Task BackOfficeSignIn_OnOneNode_WorksOnTheOther()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var a = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1));
        await using var b = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1));
        var (originA, originB) = (a.Origin, b.Origin);
        await BackOfficeUsers.CreateAsync(a.Site, "editor@example.org", "李编辑", CmsRoles.Editor);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var client = new BackOfficeClient(browser);
        browser.BaseAddress = originA;
        await client.SignInAsync("editor@example.org", BackOfficeUsers.Password);

        // The same cookie, sent to node B.
        foreach (var cookie in cookies.GetCookies(originA).Cast<Cookie>())
        {
            cookies.Add(originB, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        }

        var onB = await browser.GetAsync(new Uri(originB, "/cms"));

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
    }

    [Fact]
    public async Task ADueSchedule_RunsOnce_WhenBothNodesTryItAtTheSameMoment()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var a = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1));
        await using var b = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1));
        var editor = new Actor("editor", "李编辑", new HashSet<string> { CmsRoles.Editor });
        var news = Publishing.Document(ContentType.News, new NewsFields(), Titled("定时发布：两个节点"));
        await a.Site.Services.GetRequiredService<ContentEditor>().SaveAsync(news, "editor");
        var due = DateTimeOffset.UtcNow.AddSeconds(1);
        await a.Site.Services.GetRequiredService<EditorialWorkflow>().ScheduleAsync(editor, news.Id, due, null);
        await Task.Delay(due - DateTimeOffset.UtcNow);

        // Each node runs the due schedules several times at once, as their timers and a slow tick might.
        var ran = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).Site.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync())));
        var onA = await SeenWithinAsync(a.Client, "/news/two-node-news", "定时发布：两个节点", TimeSpan.FromSeconds(2));
        var onB = await SeenWithinAsync(b.Client, "/news/two-node-news", "定时发布：两个节点", TimeSpan.FromSeconds(2));

        // At most one of them ran it (the nodes' own timers may have come first), and it ran once in all.
        Assert.InRange(ran.Sum(), 0, 1);
        Assert.NotNull(onA);
        Assert.NotNull(onB);
        await using var db = a.Site.Services.GetRequiredService<ContentDbContextFactory>().Create();
        Assert.Equal(1, await db.OutboxEvents.CountAsync(e => e.ItemId == news.Id && e.Kind == OutboxEventKind.Published));
    }

    static async Task WaitForRedisAsync(HttpClient node)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var health = await node.GetStringAsync("/healthz");
            if (health.Contains("\"redis\"", StringComparison.Ordinal) && !health.Contains("Redis does not answer", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("the node did not reconnect to Redis within 30 s");
    }

    static async Task WaitForSubscribersAsync(RedisServer redis, int nodes)
    {
        var clock = Stopwatch.StartNew();
        while (await redis.SubscribersAsync(Federation.Web.ScaleOut.RedisOutboxSignal.Channel.ToString()) < nodes)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"fewer than {nodes} nodes subscribed to outbox signals within 30 s");
            await Task.Delay(100);
        }
    }
}
