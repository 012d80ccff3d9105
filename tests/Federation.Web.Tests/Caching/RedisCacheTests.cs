using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Caching;

/// <summary>
/// With ConnectionStrings:Redis the pages are cached in a real Redis (started by the test); when
/// it stops, every request still succeeds from the in-process cache; when it is back, pages go to
/// Redis again and a publish evicts them there.
/// </summary>
public sealed class RedisCacheTests
{
    static NewsText Titled(string title) => new() { Title = title, Slug = "redis-news" };

    [Fact]
    public async Task PagesAreCachedInRedis_AndAPublishEvictsThemThere()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var site = FederationSite.With(new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var client = site.CreateClient();
        var news = await site.PublishAsync(new NewsFields(), Titled("Redis 缓存的新闻"));

        await client.GetAsync("/news/redis-news");
        var second = await client.GetAsync("/news/redis-news");
        var inRedis = await redis.CountKeysAsync("federation:page:*");
        await site.PublishAsync(news with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = Titled("Redis 缓存的新闻（改）") } });
        var (afterPublish, page) = await Html.GetAsync(client, "/news/redis-news");

        Assert.NotNull(second.Headers.Age);
        Assert.True(inRedis >= 1, "nothing was cached in Redis");
        Assert.Null(afterPublish.Headers.Age);
        Assert.Equal("Redis 缓存的新闻（改）", page.QuerySelector("main h1").Text());
    }

    [Fact]
    public async Task RedisStopping_FailsNoRequest_AndWhenItIsBack_PagesAndEvictionUseItAgain()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var site = FederationSite.With(new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var client = site.CreateClient();
        var news = await site.PublishAsync(new NewsFields(), Titled("第一版"));
        await client.GetAsync("/news/redis-news");

        await redis.StopAsync();
        var whileDown = new List<HttpStatusCode>();
        foreach (var url in new[] { "/news/redis-news", "/news", "/", "/standards", "/feeds/news.atom", "/news/redis-news" })
        {
            whileDown.Add((await client.GetAsync(url)).StatusCode);
        }

        await site.PublishAsync(news with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = Titled("Redis 停止时发布的第二版") } });
        var (_, duringOutage) = await Html.GetAsync(client, "/news/redis-news");
        var health = await client.GetStringAsync("/healthz");

        await redis.StartAgainAsync();
        // The connection comes back on its own schedule (its reconnect, then a probe every RedisAvailability.ProbeInterval):
        // pages must return to Redis by themselves within a few seconds, however loaded the machine.
        var inRedis = 0L;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (inRedis == 0 && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(Federation.Web.Redis.RedisAvailability.ProbeInterval);
            await client.GetAsync("/news/redis-news");
            inRedis = await redis.CountKeysAsync("federation:page:*");
        }

        var (_, afterReturn) = await Html.GetAsync(client, "/news/redis-news");
        var cachedAgain = await client.GetAsync("/news/redis-news");
        await site.PublishAsync(news with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = Titled("Redis 回来后的第三版") } });
        var (_, third) = await Html.GetAsync(client, "/news/redis-news");

        Assert.All(whileDown, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal("Redis 停止时发布的第二版", duringOutage.QuerySelector("main h1").Text());
        Assert.Contains("Degraded", health, StringComparison.Ordinal);
        Assert.Equal("Redis 停止时发布的第二版", afterReturn.QuerySelector("main h1").Text());
        Assert.NotNull(cachedAgain.Headers.Age);
        Assert.True(inRedis >= 1, "pages did not go back to Redis");
        Assert.Equal("Redis 回来后的第三版", third.QuerySelector("main h1").Text());
    }
}
