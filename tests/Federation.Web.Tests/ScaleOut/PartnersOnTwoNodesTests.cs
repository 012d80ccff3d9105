using System.Diagnostics;
using Federation.Api.Webhooks;
using Federation.Cms.Content.Types;
using Federation.Cms.Partners;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.ScaleOut;

/// <summary>
/// The partner registry on two nodes sharing a real PostgreSQL (tests/run starts one) and Redis (for
/// the shared data-protection keys that protect webhook secrets): each publish is delivered once, and
/// a change made on one node is honoured by the other within its refresh interval.
/// </summary>
public sealed class PartnersOnTwoNodesTests
{
    static readonly Dictionary<string, string> Quick = new()
    {
        ["Webhooks:PollInterval"] = "00:00:00.200",
        ["Partners:RefreshInterval"] = "00:00:01",
    };

    [Fact]
    public async Task PublishesOnEitherNode_AreEachDeliveredOnce_ThoughBothNodesSendWebhooks()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var redis = await RedisServer.StartAsync();
        await using var a = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1), Quick);
        await using var b = Node.Start(store.ConnectionString, redis.ConnectionString, TimeSpan.FromSeconds(1), Quick);
        await using var receiver = await WebhookReceiver.StartAsync(TimeProvider.System, 200);
        var (partner, _) = await a.Site.Services.GetRequiredService<PartnerRegistry>().CreateAsync(Actor.System, new PartnerInput("长三角现代服务业联盟", null, null, null, "1000", Active: true));
        var (webhook, secret, _) = await b.Site.Services.GetRequiredService<WebhookRegistry>().CreateAsync(
            Actor.System, partner!.Value, new WebhookInput(receiver.Url.ToString(), true, true, [], Active: true));

        var published = new List<Guid>();
        for (var n = 0; n < 4; n++)
        {
            var node = n % 2 == 0 ? a : b;
            published.Add((await node.Site.PublishAsync(new NewsFields(), new NewsText { Title = $"两个节点的通知 {n}", Slug = $"two-nodes-webhook-{n}" })).Id);
            // Besides their own timers, each node sends at once, several times over, as a slow tick and a signal might.
            await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).Site.Services.GetRequiredService<WebhookWorker>().RunOnceAsync())));
        }

        var clock = Stopwatch.StartNew();
        while (receiver.Received.Count < published.Count && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
        }

        // Both workers keep polling meanwhile: anything sent twice would arrive now.
        await Task.Delay(TimeSpan.FromSeconds(2));
        int deliveries;
        await using (var db = a.Site.Services.GetRequiredService<ContentDbContextFactory>().Create())
        {
            deliveries = await db.WebhookDeliveries.CountAsync(d => d.WebhookId == webhook!.Id);
        }

        var items = receiver.Received.Select(r => r.Json.GetProperty("item").GetProperty("itemId").GetGuid()).ToList();
        Assert.Equal(published.Order(), items.Order());
        Assert.Equal(published.Count, deliveries);
        Assert.All(receiver.Received, r => Assert.True(r.IsSignedWith(secret!), "a node signed with something other than the secret"));
    }

    [Fact]
    public async Task KeyMadeOnOneNode_IsHonouredByTheOther_AndItsRevocationToo_WithinTheRefreshInterval()
    {
        await using var store = await PostgreSqlDatabase.CreateAsync();
        await using var a = Node.Start(store.ConnectionString, redis: null, TimeSpan.FromSeconds(1), Quick);
        await using var b = Node.Start(store.ConnectionString, redis: null, TimeSpan.FromSeconds(1), Quick);
        var registry = a.Site.Services.GetRequiredService<PartnerRegistry>();
        var onB = b.Site.Services.GetRequiredService<PartnerDirectory>();
        var (partner, _) = await registry.CreateAsync(Actor.System, new PartnerInput("会员单位门户", null, null, "https://member.example.org", "600", Active: true));
        var (key, _) = await registry.CreateKeyAsync(Actor.System, partner!.Value, "正式环境");

        var seen = await WithinAsync(() => onB.FindByApiKey(key!.Key) is not null && onB.IsAllowedOrigin("https://member.example.org"), TimeSpan.FromSeconds(5));
        await registry.RevokeKeyAsync(Actor.System, partner.Value, key!.Row.Id);
        var revoked = await WithinAsync(() => onB.FindByApiKey(key.Key) is null, TimeSpan.FromSeconds(5));

        Assert.True(seen, "node B did not honour the new key and origin within 5 s");
        Assert.True(revoked, "node B still honoured the revoked key after 5 s");
    }

    static async Task<bool> WithinAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
