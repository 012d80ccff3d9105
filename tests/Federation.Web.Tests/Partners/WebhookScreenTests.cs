using System.Net;
using Federation.Api.Webhooks;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Partners;

/// <summary>A webhook's screen: a test event, a new secret, the delivery log and sending a delivery again.</summary>
public sealed class WebhookScreenTests
{
    [Fact]
    public async Task TestEvent_IsSignedWithTheSecretShownOnce_LoggedAndRedeliveredFromTheLog_AndANewSecretSignsWhatFollows()
    {
        // Webhooks go out when the test says so.
        await using var site = FederationSite.With(new Dictionary<string, string> { ["Content:RunSchedules"] = "false" });
        await using var receiver = await WebhookReceiver.StartAsync(TimeProvider.System, 200);
        var worker = site.Services.GetRequiredService<WebhookWorker>();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");
        var partner = await PartnerScreensTests.RegisterAsync(admin, "江苏省现代服务业联合会");
        var created = await admin.PostFormAsync(partner, new() { ["url"] = receiver.Url.ToString(), ["onPublished"] = "true", ["active"] = "true" }, partner + "?handler=CreateWebhook");
        var createdPage = await Html.ParseAsync(await created.Content.ReadAsStringAsync(), partner);
        var secret = createdPage.QuerySelector("#new-secret")!.GetAttribute("value")!;
        var webhook = createdPage.QuerySelector("a[href*='/webhooks/']")!.GetAttribute("href")!;

        var queued = await admin.PostFormAsync(webhook, new(), webhook + "?handler=Test");
        await worker.RunOnceAsync();
        var (_, log) = await admin.GetAsync(webhook);
        var row = log.QuerySelector("table.bo-table tbody tr")!;
        var redeliver = await admin.PostFormAsync(webhook, new() { ["deliveryId"] = row.QuerySelector("input[name=deliveryId]")!.GetAttribute("value")! }, webhook + "?handler=Redeliver");
        await worker.RunOnceAsync();
        var renewed = await admin.PostFormAsync(webhook, new(), webhook + "?handler=RenewSecret");
        var newSecret = (await Html.ParseAsync(await renewed.Content.ReadAsStringAsync(), webhook)).QuerySelector("#new-secret")!.GetAttribute("value")!;
        await admin.PostFormAsync(webhook, new(), webhook + "?handler=Test");
        await worker.RunOnceAsync();
        var (_, later) = await admin.GetAsync(webhook);
        var received = receiver.Received;

        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        Assert.Equal(3, received.Count);
        Assert.Equal("webhook.test", received[0].Header("Federation-Event"));
        Assert.True(received[0].IsSignedWith(secret));
        Assert.Equal(webhook.Split('/')[^1], received[0].Json.GetProperty("webhook").GetProperty("id").GetString());
        Assert.Equal(["测试", "已送达", "1", "200"], row.Children.Take(5).Where((_, i) => i != 1).Select(c => c.Text().Split(' ')[0]));
        Assert.Equal(HttpStatusCode.Redirect, redeliver.StatusCode);
        // The same event again, as a delivery of its own.
        Assert.Equal(received[0].Json.GetProperty("id").GetGuid(), received[1].Json.GetProperty("id").GetGuid());
        Assert.NotEqual(received[0].Header("Federation-Delivery"), received[1].Header("Federation-Delivery"));
        Assert.True(received[1].IsSignedWith(secret));
        Assert.NotEqual(secret, newSecret);
        Assert.True(received[2].IsSignedWith(newSecret));
        Assert.False(received[2].IsSignedWith(secret));
        Assert.Equal(3, later.QuerySelectorAll("table.bo-table tbody tr").Length);
        Assert.DoesNotContain(newSecret, later.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingAWebhook_WithABadUrl_KeepsWhatWasTyped_BesideTheProblem()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var partner = await PartnerScreensTests.RegisterAsync(admin, "会员单位 C");
        var created = await admin.PostFormAsync(partner, new() { ["url"] = "https://member-c.example.org/hooks", ["onUnpublished"] = "true", ["active"] = "true" }, partner + "?handler=CreateWebhook");
        var webhook = (await Html.ParseAsync(await created.Content.ReadAsStringAsync(), partner)).QuerySelector("a[href*='/webhooks/']")!.GetAttribute("href")!;

        var bad = await admin.PostFormAsync(webhook, new() { ["url"] = "https://user:password@member-c.example.org/hooks", ["onUnpublished"] = "true", ["contentTypes"] = "standard" }, webhook + "?handler=Save");
        var page = await Html.ParseAsync(await bad.Content.ReadAsStringAsync(), webhook);
        var saved = await admin.PostFormAsync(webhook, new() { ["url"] = "https://member-c.example.org/hooks/v2", ["onPublished"] = "true", ["contentTypes"] = "standard" }, webhook + "?handler=Save");
        var (_, after) = await admin.GetAsync(webhook);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotNull(page.QuerySelector(".has-problem #url"));
        Assert.Equal("https://user:password@member-c.example.org/hooks", page.QuerySelector("#url")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#type-standard")!.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("https://member-c.example.org/hooks/v2", after.QuerySelector("#url")!.GetAttribute("value"));
        Assert.True(after.QuerySelector("#onPublished")!.HasAttribute("checked"));
        Assert.False(after.QuerySelector("#onUnpublished")!.HasAttribute("checked"));
        Assert.False(after.QuerySelector("#webhookActive")!.HasAttribute("checked"));
        Assert.True(after.QuerySelector("#type-standard")!.HasAttribute("checked"));
    }
}
