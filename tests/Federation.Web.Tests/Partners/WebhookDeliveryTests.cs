using Federation.Api.Webhooks;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Federation.Web.Tests.GraphQL;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Web.Tests.Partners;

/// <summary>
/// Webhooks against a real receiver on 127.0.0.1: what a partner gets when an item is published or
/// unpublished, signed with its secret, retried on a clock the test moves, and never what it did not ask for.
/// </summary>
public sealed class WebhookDeliveryTests
{
    static readonly Actor Administrator = new("admin", "王管理", new HashSet<string> { CmsRoles.Administrator });

    /// <summary>A site whose clock the test moves and whose webhooks are sent only when the test says so, a receiver, and one partner's webhook to it.</summary>
    sealed class Scene : IAsyncDisposable
    {
        public required FakeTimeProvider Clock { get; init; }

        public required FederationSite Site { get; init; }

        public required WebhookReceiver Receiver { get; init; }

        public required WebhookRow Webhook { get; init; }

        public required string Secret { get; init; }

        /// <summary>What the worker on a schedule-running node does at each tick: queue new events, send what is due.</summary>
        public Task<int> SendDueAsync() => Site.Services.GetRequiredService<WebhookWorker>().RunOnceAsync();

        /// <summary>The delivery log as the webhook's screen shows it, newest first.</summary>
        public async Task<IReadOnlyList<DeliveryRow>> LogAsync(Guid? webhook = null) =>
            (await Site.Services.GetRequiredService<WebhookRegistry>().DeliveriesAsync(Administrator, webhook ?? Webhook.Id, 1)).Rows;

        public static async Task<Scene> StartAsync(int[] statuses, bool onPublished = true, bool onUnpublished = true, params string[] types)
        {
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var site = FederationSite.With(
                new Dictionary<string, string> { ["Content:RunSchedules"] = "false", ["Webhooks:SiteOrigin"] = "https://www.example.org" },
                services => services.AddSingleton<TimeProvider>(clock));
            var receiver = await WebhookReceiver.StartAsync(clock, statuses);
            var (partner, _) = await site.Services.GetRequiredService<PartnerRegistry>().CreateAsync(
                Administrator, new PartnerInput("江苏省现代服务业联合会", null, null, null, "1000", Active: true));
            var (webhook, secret, problems) = await site.Services.GetRequiredService<WebhookRegistry>().CreateAsync(
                Administrator, partner!.Value, new WebhookInput(receiver.Url.ToString(), onPublished, onUnpublished, types, Active: true));
            Assert.Empty(problems);
            return new Scene { Clock = clock, Site = site, Receiver = receiver, Webhook = webhook!, Secret = secret! };
        }

        public async ValueTask DisposeAsync()
        {
            await Receiver.DisposeAsync();
            await Site.DisposeAsync();
        }
    }

    static Task<ContentDocument> PublishNewsAsync(FederationSite site, string slug = "webhook-news") =>
        site.PublishAsync(new NewsFields(), new NewsText { Title = "长三角现代服务业联盟年会召开", Slug = slug }, new NewsText { Title = "Delta alliance annual meeting", Slug = slug + "-en" });

    [Fact]
    public async Task Publish_SendsOneSignedDelivery_NamingTheItemAsTheApiDoes()
    {
        await using var scene = await Scene.StartAsync([200]);
        var news = await PublishNewsAsync(scene.Site);

        var attempts = await scene.SendDueAsync();
        var again = await scene.SendDueAsync();
        var hook = Assert.Single(scene.Receiver.Received);
        var item = hook.Json.GetProperty("item");
        var graphQL = await new GraphQLClient(scene.Site.CreateClient()).DataAsync("""{ newsItem(slug: "webhook-news") { id url } }""");
        var delivery = Assert.Single(await scene.LogAsync());

        Assert.Equal((1, 0), (attempts, again));
        Assert.True(hook.IsSignedWith(scene.Secret), "the signature does not verify with the webhook's secret");
        Assert.False(hook.IsSignedWith("whsec_someone-else"));
        Assert.StartsWith($"t={scene.Clock.GetUtcNow().ToUnixTimeSeconds()},v1=", hook.Header("Federation-Signature"), StringComparison.Ordinal);
        Assert.Equal("content.published", hook.Header("Federation-Event"));
        Assert.Equal(delivery.Id.ToString(), hook.Header("Federation-Delivery"));
        Assert.StartsWith("Federation-Webhooks/", hook.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal("application/json; charset=utf-8", hook.Header("Content-Type"));
        Assert.Equal("content.published", hook.Json.GetProperty("type").GetString());
        Assert.Equal(delivery.EventId, hook.Json.GetProperty("id").GetGuid());
        Assert.Equal(scene.Clock.GetUtcNow(), hook.Json.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal(graphQL["newsItem"]!["id"]!.GetValue<string>(), item.GetProperty("id").GetString());
        Assert.Equal((news.Id, "news"), (item.GetProperty("itemId").GetGuid(), item.GetProperty("type").GetString()));
        var chinese = item.GetProperty("cultures").GetProperty("zh-CN");
        var english = item.GetProperty("cultures").GetProperty("en");
        Assert.Equal(("长三角现代服务业联盟年会召开", "webhook-news"), (chinese.GetProperty("title").GetString(), chinese.GetProperty("slug").GetString()));
        Assert.Equal("https://www.example.org" + new Uri(graphQL["newsItem"]!["url"]!.GetValue<string>()).AbsolutePath, chinese.GetProperty("url").GetString());
        Assert.Equal(("Delta alliance annual meeting", "https://www.example.org/en/news/webhook-news-en"), (english.GetProperty("title").GetString(), english.GetProperty("url").GetString()));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 200), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Equal(scene.Clock.GetUtcNow(), delivery.DeliveredAt);
    }

    [Fact]
    public async Task Unpublish_TellsOfTheVersionThatWasLive()
    {
        await using var scene = await Scene.StartAsync([200]);
        var news = await PublishNewsAsync(scene.Site);
        await scene.SendDueAsync();

        await scene.Site.UnpublishAsync(news.Id);
        await scene.SendDueAsync();
        var unpublished = scene.Receiver.Received[^1];

        Assert.Equal(2, scene.Receiver.Received.Count);
        Assert.Equal("content.unpublished", unpublished.Header("Federation-Event"));
        Assert.Equal("content.unpublished", unpublished.Json.GetProperty("type").GetString());
        Assert.Equal("长三角现代服务业联盟年会召开", unpublished.Json.GetProperty("item").GetProperty("cultures").GetProperty("zh-CN").GetProperty("title").GetString());
        Assert.NotEqual(scene.Receiver.Received[0].Json.GetProperty("id").GetGuid(), unpublished.Json.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ReceiverFailingTwice_GetsThreeAttempts_WithGrowingDelays()
    {
        await using var scene = await Scene.StartAsync([500, 500, 200]);
        await PublishNewsAsync(scene.Site);
        await scene.SendDueAsync();
        var first = Assert.Single(await scene.LogAsync());

        // Before the retry is due nothing is sent; at its time it is.
        scene.Clock.Advance(TimeSpan.FromSeconds(20));
        var early = await scene.SendDueAsync();
        scene.Clock.SetUtcNow(first.NextAttemptAt!.Value);
        await scene.SendDueAsync();
        var second = Assert.Single(await scene.LogAsync());
        scene.Clock.SetUtcNow(second.NextAttemptAt!.Value);
        await scene.SendDueAsync();
        var delivered = Assert.Single(await scene.LogAsync());
        scene.Clock.Advance(TimeSpan.FromHours(2));
        var afterwards = await scene.SendDueAsync();

        var times = scene.Receiver.Received.Select(r => r.At).ToList();
        var (firstWait, secondWait) = (times[1] - times[0], times[2] - times[1]);
        Assert.Equal(0, early);
        Assert.Equal(3, times.Count);
        Assert.InRange(firstWait, TimeSpan.FromSeconds(27), TimeSpan.FromSeconds(33));
        Assert.InRange(secondWait, TimeSpan.FromSeconds(54), TimeSpan.FromSeconds(66));
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, 500), (first.Status, first.Attempts, first.LastStatusCode));
        Assert.Equal((WebhookDeliveryStatus.Delivered, 3, 200), (delivered.Status, delivered.Attempts, delivered.LastStatusCode));
        Assert.Equal([500, 500, 200], delivered.AttemptLog.Select(a => a.StatusCode));
        Assert.Equal("receiver is having a bad day", delivered.AttemptLog[0].ResponseExcerpt);
        Assert.Single(scene.Receiver.Received.Select(r => r.Json.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(0, afterwards);
    }

    [Fact]
    public async Task ReceiverThatNeverTakesIt_IsGivenUpADayAfterTheEvent()
    {
        await using var scene = await Scene.StartAsync([503]);
        await PublishNewsAsync(scene.Site);
        var publishedAt = scene.Clock.GetUtcNow();
        await scene.SendDueAsync();

        for (var step = 0; step < 100 && (await scene.LogAsync())[0] is { Status: WebhookDeliveryStatus.Pending, NextAttemptAt: { } next }; step++)
        {
            scene.Clock.SetUtcNow(next);
            await scene.SendDueAsync();
        }

        var given = Assert.Single(await scene.LogAsync());
        scene.Clock.Advance(TimeSpan.FromDays(2));
        var afterwards = await scene.SendDueAsync();
        var times = scene.Receiver.Received.Select(r => r.At).ToList();

        Assert.Equal(WebhookDeliveryStatus.Failed, given.Status);
        Assert.Equal(times.Count, given.Attempts);
        Assert.InRange(given.Attempts, 20, 40);
        Assert.Equal(publishedAt.AddHours(24), times[^1]);
        Assert.True(times.Zip(times.Skip(1), (a, b) => b - a).All(wait => wait <= TimeSpan.FromHours(1.1)), "a wait between attempts was longer than the hourly ceiling");
        Assert.Equal(503, given.LastStatusCode);
        Assert.Equal(0, afterwards);
    }

    [Fact]
    public async Task EventsTheWebhookDidNotAskFor_AreNotSent()
    {
        // Published forums only.
        await using var scene = await Scene.StartAsync([200], onPublished: true, onUnpublished: false, "forum");
        var switchedOff = await scene.Site.Services.GetRequiredService<WebhookRegistry>().CreateAsync(
            Administrator, scene.Webhook.PartnerId, new WebhookInput(scene.Receiver.Url + "?off", true, true, [], Active: false));

        var news = await PublishNewsAsync(scene.Site);
        await scene.Site.UnpublishAsync(news.Id);
        var forum = await scene.Site.PublishAsync(new ForumFields(), new ForumText { Title = "现代服务业高质量发展论坛", Slug = "webhook-forum" });
        await scene.Site.UnpublishAsync(forum.Id);
        await scene.SendDueAsync();

        var hook = Assert.Single(scene.Receiver.Received);
        Assert.Equal(("content.published", "forum"), (hook.Json.GetProperty("type").GetString(), hook.Json.GetProperty("item").GetProperty("type").GetString()));
        Assert.Empty(await scene.LogAsync(switchedOff.Webhook!.Id));
    }

    [Fact]
    public async Task WebhookSwitchedOffAfterAnEvent_IsNotSentIt_AndTheLogSaysWhy()
    {
        await using var scene = await Scene.StartAsync([500]);
        await PublishNewsAsync(scene.Site);
        await scene.SendDueAsync();
        var retrying = Assert.Single(await scene.LogAsync());

        await scene.Site.Services.GetRequiredService<WebhookRegistry>().UpdateAsync(
            Administrator, scene.Webhook.PartnerId, scene.Webhook.Id, new WebhookInput(scene.Webhook.Url, true, true, [], Active: false));
        scene.Clock.SetUtcNow(retrying.NextAttemptAt!.Value);
        var attempts = await scene.SendDueAsync();
        var stopped = Assert.Single(await scene.LogAsync());

        Assert.Equal(0, attempts);
        Assert.Single(scene.Receiver.Received);
        Assert.Equal((WebhookDeliveryStatus.Failed, 1), (stopped.Status, stopped.Attempts));
        Assert.Contains("switched off", stopped.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiverThatDoesNotAnswerWithinTenSeconds_IsATimeout_RetriedLater()
    {
        await using var scene = await Scene.StartAsync([0, 200]);
        await PublishNewsAsync(scene.Site);

        var sending = scene.SendDueAsync();
        for (var wait = 0; scene.Receiver.Received.Count == 0 && wait < 200; wait++)
        {
            await Task.Delay(50);
        }

        scene.Clock.Advance(TimeSpan.FromSeconds(9.5));
        await Task.Delay(300);
        var stillWaiting = !sending.IsCompleted;
        scene.Clock.Advance(TimeSpan.FromSeconds(0.5));
        await sending;
        var timedOut = Assert.Single(await scene.LogAsync());
        scene.Clock.SetUtcNow(timedOut.NextAttemptAt!.Value);
        await scene.SendDueAsync();

        Assert.True(stillWaiting, "the attempt ended before 10 s");
        Assert.Equal((WebhookDeliveryStatus.Pending, 1, "No answer within 10 s."), (timedOut.Status, timedOut.Attempts, timedOut.LastError));
        Assert.Equal(WebhookDeliveryStatus.Delivered, Assert.Single(await scene.LogAsync()).Status);
        Assert.Equal(2, scene.Receiver.Received.Count);
    }

    [Fact]
    public async Task ReceiverThatIsNotListening_IsRecordedAndRetried()
    {
        await using var scene = await Scene.StartAsync([200]);
        await scene.Receiver.DisposeAsync();
        await PublishNewsAsync(scene.Site);

        await scene.SendDueAsync();
        var delivery = Assert.Single(await scene.LogAsync());

        Assert.Equal((WebhookDeliveryStatus.Pending, 1, (int?)null), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Contains("refused", delivery.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(delivery.NextAttemptAt!.Value - scene.Clock.GetUtcNow(), TimeSpan.FromSeconds(27), TimeSpan.FromSeconds(33));
    }
}
