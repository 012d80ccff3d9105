using System.Net;
using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Caching;

/// <summary>List pages and facet counts in HybridCache: kept between requests, renewed by a publish, shared through Redis.</summary>
public sealed class ListCacheTests
{
    static readonly StandardQuery InForce = new() { Status = StandardStatus.InForce };

    static Task<ContentDocument> PublishStandardAsync(FederationSite site, string domain) => site.PublishAsync(
        new StandardFields { Code = "T/TEST 900-2026", Status = StandardStatus.InForce, PublicationDate = new DateOnly(2026, 11, 1) },
        new StandardText { Title = "缓存测试服务规范", Slug = "list-cache-standard", Domain = domain });

    [Fact]
    public async Task FacetCounts_AreKeptBetweenRequests_AndAPublishCountsThemAfresh()
    {
        await using var site = new FederationSite();
        _ = site.Server;
        var lists = site.Services.GetRequiredService<ListCache>();

        var first = await lists.FacetsAsync(ContentType.Standard, Cultures.Chinese, InForce);
        var again = await lists.FacetsAsync(ContentType.Standard, Cultures.Chinese, InForce);
        await PublishStandardAsync(site, "缓存测试领域");
        var afterPublish = await lists.FacetsAsync(ContentType.Standard, Cultures.Chinese, InForce);
        var page = await lists.QueryAsync(ContentType.Standard, Cultures.Chinese, InForce with { Domain = "缓存测试领域" }, 1);

        Assert.Same(first, again);
        Assert.DoesNotContain(first.Domains, d => d.Value == "缓存测试领域");
        Assert.Equal(1, Assert.Single(afterPublish.Domains, d => d.Value == "缓存测试领域").Count);
        Assert.Equal("缓存测试服务规范", Assert.Single(page.Items).Document.ChineseText.Title);
    }

    [Fact]
    public async Task ListPage_FromTheCache_IsTheSameAsFromTheSnapshot_AndLosesAnUnpublishedItem()
    {
        await using var site = new FederationSite();
        _ = site.Server;
        var lists = site.Services.GetRequiredService<ListCache>();
        var delivery = site.Services.GetRequiredService<ContentDelivery>();
        await PublishStandardAsync(site, "缓存测试领域");
        var query = InForce with { Order = StandardOrder.Code };

        var cached = await lists.QueryAsync(ContentType.Standard, Cultures.English, query, 1);
        var cachedAgain = await lists.QueryAsync(ContentType.Standard, Cultures.English, query, 1);
        var standard = Assert.Single(cached.Items, i => i.Document.ChineseText.Slug == "list-cache-standard");
        await site.UnpublishAsync(standard.Id);
        var afterUnpublish = await lists.QueryAsync(ContentType.Standard, Cultures.English, query, 1);

        Assert.Equal(delivery.Query(ContentType.Standard, Cultures.English, query, 1), afterUnpublish, ResultPageComparer);
        Assert.Equal(cached.Items.Select(i => i.Id), cachedAgain.Items.Select(i => i.Id));
        Assert.Equal(cached.TotalCount - 1, afterUnpublish.TotalCount);
        Assert.DoesNotContain(afterUnpublish.Items, i => i.Id == standard.Id);
    }

    [Fact]
    public async Task WithRedis_ListsAndFacetsAreKeptThere_AndListsStillAnswerWhileItIsDown()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var site = FederationSite.With(new Dictionary<string, string> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var client = site.CreateClient();

        var inForce = await client.GetAsync("/standards?status=inForce");
        var lists = await redis.CountKeysAsync("federation:hybrid:list:*");
        var facets = await redis.CountKeysAsync("federation:hybrid:facets:*");
        await redis.StopAsync();
        var whileDown = await client.GetAsync("/standards?status=inForce&sort=code");

        Assert.Equal(HttpStatusCode.OK, inForce.StatusCode);
        Assert.True(lists >= 1, "no list page was kept in Redis");
        Assert.True(facets >= 1, "no facet counts were kept in Redis");
        Assert.Equal(HttpStatusCode.OK, whileDown.StatusCode);
    }

    static readonly IEqualityComparer<ResultPage<Cms.Snapshot.PublishedItem>> ResultPageComparer = EqualityComparer<ResultPage<Cms.Snapshot.PublishedItem>>.Create(
        (a, b) => a!.Number == b!.Number && a.Size == b.Size && a.TotalCount == b.TotalCount && a.Items.Select(i => i.Id).SequenceEqual(b.Items.Select(i => i.Id)));
}
