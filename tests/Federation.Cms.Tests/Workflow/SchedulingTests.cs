using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Tests.Support;
using Federation.Cms.Users;
using Federation.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Workflow;

/// <summary>Publishes and unpublishes scheduled by editors run when their time comes, once, with the version the editor scheduled.</summary>
public sealed class SchedulingTests
{
    static readonly Actor Editor = new("e1", "李编辑", new HashSet<string> { CmsRoles.Editor });
    static readonly Actor Writer = new("w1", "张撰稿", new HashSet<string> { CmsRoles.Writer });

    [Fact]
    public async Task ScheduledPublish_GoesLiveWhenDue_WithTheVersionTheEditorScheduled()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var scheduler = store.Services.GetRequiredService<ScheduledPublisher>();
        var news = Samples.News(title: "编辑审过的稿");
        await workflow.SaveAsync(Editor, news, null);
        await workflow.ScheduleAsync(Editor, news.Id, store.Time.GetUtcNow().AddHours(1), null);
        await workflow.SaveAsync(Writer, Samples.Retitled(news, "之后未经审阅的修改"), 1);

        var early = await scheduler.RunDueAsync();
        var statusBefore = (await store.History.FindItemAsync(news.Id))!.Status;
        store.Time.Advance(TimeSpan.FromHours(1));
        var due = await scheduler.RunDueAsync();

        Assert.Equal(0, early);
        Assert.Equal(ContentStatus.Scheduled, statusBefore);
        Assert.Equal(1, due);
        Assert.Equal("编辑审过的稿", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
        var item = (await store.History.FindItemAsync(news.Id))!;
        Assert.Equal((ContentStatus.Published, 1, (DateTimeOffset?)null), (item.Status, item.PublishedVersion, item.PublishAt));
        var log = await store.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { ItemId = news.Id, Action = AuditAction.Published });
        Assert.Equal("定时任务", log.Lines.Single().Actor);
    }

    [Fact]
    public async Task ScheduledUnpublish_TakesTheItemOffWhenDue()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News();
        await workflow.SaveAsync(Editor, news, null);
        await workflow.PublishAsync(Editor, news.Id, 1);
        await workflow.ScheduleAsync(Editor, news.Id, null, store.Time.GetUtcNow().AddDays(7));

        store.Time.Advance(TimeSpan.FromDays(7));
        await store.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync();

        Assert.Null(store.Snapshots.Current.Find(news.Id));
        Assert.Equal(ContentStatus.Unpublished, (await store.History.FindItemAsync(news.Id))!.Status);
    }

    [Fact]
    public async Task Schedule_IsForEditors_InTheFuture_WithTheUnpublishAfterThePublish()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News();
        await workflow.SaveAsync(Writer, news, null);
        var now = store.Time.GetUtcNow();

        await Assert.ThrowsAsync<ForbiddenActionException>(() => workflow.ScheduleAsync(Writer, news.Id, now.AddHours(1), null));
        var past = await Assert.ThrowsAsync<ContentValidationException>(() => workflow.ScheduleAsync(Editor, news.Id, now.AddMinutes(-1), null));
        var backwards = await Assert.ThrowsAsync<ContentValidationException>(() => workflow.ScheduleAsync(Editor, news.Id, now.AddDays(2), now.AddDays(1)));
        var nothingLive = await Assert.ThrowsAsync<ContentValidationException>(() => workflow.ScheduleAsync(Editor, news.Id, null, now.AddDays(1)));

        Assert.Equal(["publishAt"], past.Problems.Select(p => p.Field));
        Assert.Equal(["unpublishAt"], backwards.Problems.Select(p => p.Field));
        Assert.Equal(["unpublishAt"], nothingLive.Problems.Select(p => p.Field));
        Assert.Null((await store.History.FindItemAsync(news.Id))!.PublishAt);
    }

    [Fact]
    public async Task PublishingByHand_SupersedesTheScheduledPublish()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News(title: "第一版");
        await workflow.SaveAsync(Editor, news, null);
        await workflow.ScheduleAsync(Editor, news.Id, store.Time.GetUtcNow().AddHours(1), null);
        await workflow.SaveAsync(Editor, Samples.Retitled(news, "第二版"), 1);
        await workflow.PublishAsync(Editor, news.Id, 2);

        store.Time.Advance(TimeSpan.FromHours(2));
        var ran = await store.Services.GetRequiredService<ScheduledPublisher>().RunDueAsync();

        Assert.Equal(0, ran);
        Assert.Equal("第二版", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
    }

    [Fact]
    public async Task TwoNodes_RunningTheSameDueSchedule_PublishItOnce()
    {
        await using var first = await TestStore.OpenAsync();
        await using var second = await TestStore.OpenAsync(folder: first.Folder);
        var news = Samples.News();
        await first.Services.GetRequiredService<EditorialWorkflow>().SaveAsync(Editor, news, null);
        await first.Services.GetRequiredService<EditorialWorkflow>().ScheduleAsync(Editor, news.Id, first.Time.GetUtcNow().AddMinutes(5), null);
        first.Time.Advance(TimeSpan.FromMinutes(5));
        second.Time.Advance(TimeSpan.FromMinutes(5));

        // Both nodes saw the schedule as due; each tries to run it.
        var ran = await Task.WhenAll(
            Task.Run(() => first.Services.GetRequiredService<PublishingService>().PublishIfDueAsync(news.Id)),
            Task.Run(() => second.Services.GetRequiredService<PublishingService>().PublishIfDueAsync(news.Id)));
        var late = await second.Services.GetRequiredService<PublishingService>().PublishIfDueAsync(news.Id);

        Assert.Equal(1, ran.Count(r => r));
        Assert.False(late);
        await using var db = first.Services.GetRequiredService<ContentDbContextFactory>().Create();
        Assert.Equal(1, await db.OutboxEvents.CountAsync(e => e.ItemId == news.Id && e.Kind == OutboxEventKind.Published));
    }
}
