using Federation.Cms.Partners;
using Federation.Cms.Storage;
using Federation.Cms.Tests.Support;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Partners;

/// <summary>
/// The partner registry's migration on a store made by the migrations before it, with content
/// published there: the store keeps working, and webhooks start with what is published afterwards.
/// </summary>
public sealed class PartnerRegistryMigrationTests
{
    /// <summary>Bodies naming the item only: the Api writes the real ones.</summary>
    sealed class ItemBodies : IWebhookPayloads
    {
        public string ContentEvent(WebhookContentEvent contentEvent) => $$"""{"type":"{{contentEvent.Type}}","item":"{{contentEvent.Item.Id}}"}""";

        public string TestEvent(WebhookTestEvent testEvent) => "{}";
    }

    [Fact]
    public Task OnSqlite_HistoryIsNotSentToWebhooks_WhatFollowsIs() => HistoryIsNotSentAsync(null);

    [Fact]
    public async Task OnPostgreSql_HistoryIsNotSentToWebhooks_WhatFollowsIs()
    {
        await using var database = await PostgreSqlDatabase.CreateAsync();
        await HistoryIsNotSentAsync(database.ConnectionString);
    }

    static async Task HistoryIsNotSentAsync(string? connectionString)
    {
        await using var store = await TestStore.OpenAsync(connectionString, services: s => s.AddSingleton<IWebhookPayloads, ItemBodies>());
        var factory = store.Services.GetRequiredService<ContentDbContextFactory>();
        await using (var db = factory.Create())
        {
            // Back to the schema before the partner registry.
            await db.GetService<IMigrator>().MigrateAsync("ScheduledVersion");
        }

        var before = Samples.News(slug: "before-partners", title: "迁移前发布的新闻");
        await store.Editor.SaveAsync(before, "editor");
        await store.Publishing.PublishAsync(before.Id);
        await store.Publishing.UnpublishAsync(before.Id);

        await factory.MigrateAsync(CancellationToken.None);
        var (partner, _) = await store.Services.GetRequiredService<PartnerRegistry>().CreateAsync(Actor.System, new PartnerInput("浙江省现代服务业联合会", null, null, null, "1000", Active: true));
        var (webhook, _, _) = await store.Services.GetRequiredService<WebhookRegistry>().CreateAsync(
            Actor.System, partner!.Value, new WebhookInput("https://partner.example.org/hooks", true, true, [], Active: true));
        var deliveries = store.Services.GetRequiredService<WebhookDeliveries>();
        var historyQueued = await deliveries.EnqueueAsync();
        var after = Samples.News(slug: "after-partners", title: "迁移后发布的新闻");
        await store.Editor.SaveAsync(after, "editor");
        await store.Publishing.PublishAsync(after.Id);
        var queued = await deliveries.EnqueueAsync();
        var due = await deliveries.ClaimDueAsync(10, TimeSpan.FromMinutes(1));

        Assert.Equal(0, historyQueued);
        Assert.Equal(1, queued);
        var dispatch = Assert.Single(due);
        Assert.Equal((webhook!.Id, WebhookEventTypes.Published, 1), (dispatch.WebhookId, dispatch.EventType, dispatch.Attempt));
        Assert.Equal($$"""{"type":"content.published","item":"{{after.Id}}"}""", dispatch.Body);
        Assert.StartsWith("whsec_", dispatch.Secret, StringComparison.Ordinal);
        Assert.Equal("迁移前发布的新闻", (await store.History.ListAsync(before.Id)).Single().Title);
    }
}
