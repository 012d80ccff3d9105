using System.Net;
using System.Net.Http.Headers;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>GET answers carry an ETag and Cache-Control, If-None-Match gives 304, and a publish gives a fresh answer at once.</summary>
public sealed class HttpCachingTests
{
    const string Latest = "{ news(first: 3) { edges { node { title } } } }";

    [Fact]
    public async Task GetAnswer_HasAnETag_AndTheSameTagIs304()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var (first, body) = await client.GetAsync(Latest);
        var again = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Latest));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        again.Headers.Accept.ParseAdd(GraphQLClient.GraphQLResponse);
        var revalidated = await site.CreateClient().SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(body["data"]);
        Assert.False(first.Headers.ETag!.IsWeak);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl!.MaxAge);
        Assert.True(first.Headers.CacheControl.Public);
        Assert.Contains("Accept", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task APublish_ChangesTheAnswerAndItsTag_AtOnce()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var (before, beforeBody) = await client.GetAsync(Latest);
        var (cached, cachedBody) = await client.GetAsync(Latest);
        await site.PublishAsync(new NewsFields(), new NewsText { Title = "缓存测试：刚发布的新闻", Slug = "graphql-cache-fresh" });
        var (after, afterBody) = await client.GetAsync(Latest);

        Assert.Equal(before.Headers.ETag, cached.Headers.ETag);
        Assert.Equal(beforeBody.ToJsonString(), cachedBody.ToJsonString());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("缓存测试：刚发布的新闻", afterBody["data"]!["news"]!["edges"]![0]!["node"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostAnswers_AndErrors_AreNotMarkedCacheable()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var (post, _) = await client.PostAsync(Latest);
        var (invalid, _) = await client.GetAsync("{ news { nosuchfield } }");

        Assert.Null(post.Headers.ETag);
        Assert.Null(post.Headers.CacheControl);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Null(invalid.Headers.ETag);
    }

    [Fact]
    public async Task WithRedis_AnswersAreKeptThere()
    {
        await using var redis = await Federation.Tests.Site.RedisServer.StartAsync();
        await using var site = FederationSite.With(new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var client = new GraphQLClient(site.CreateClient());

        await client.GetAsync(Latest);

        Assert.Equal(1, await redis.CountKeysAsync("federation:hybrid:graphql:*"));
    }
}
