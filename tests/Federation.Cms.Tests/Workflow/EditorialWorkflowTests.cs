using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Tests.Support;
using Federation.Cms.Users;
using Federation.Cms.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Workflow;

/// <summary>Every workflow step checks the actor's roles on the server and leaves a line in the audit log with the change.</summary>
public sealed class EditorialWorkflowTests
{
    static readonly Actor Writer = new("w1", "张撰稿", new HashSet<string> { CmsRoles.Writer });
    static readonly Actor Editor = new("e1", "李编辑", new HashSet<string> { CmsRoles.Editor });
    static readonly Actor Administrator = new("a1", "王管理", new HashSet<string> { CmsRoles.Administrator });
    static readonly Actor NoRole = new("n1", "无角色", new HashSet<string>());

    [Fact]
    public async Task Writer_SavesAndSubmits_ButPublishUnpublishAreRefused_AndNothingGoesLive()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News();

        var version = await workflow.SaveAsync(Writer, news, basedOnVersion: null);
        await workflow.SubmitForReviewAsync(Writer, news.Id);
        var publish = await Assert.ThrowsAsync<ForbiddenActionException>(() => workflow.PublishAsync(Writer, news.Id, version));
        var unpublish = await Assert.ThrowsAsync<ForbiddenActionException>(() => workflow.UnpublishAsync(Writer, news.Id));

        Assert.Equal(CmsCapability.Publish, publish.Capability);
        Assert.Equal(CmsCapability.Publish, unpublish.Capability);
        Assert.Null(store.Snapshots.Current.Find(news.Id));
        Assert.Equal(ContentStatus.InReview, (await store.History.FindItemAsync(news.Id))!.Status);
        Assert.Equal("张撰稿", (await store.History.ListAsync(news.Id)).Single().SavedBy);
        Assert.Equal("张撰稿", (await store.History.GetAsync(news.Id, 1)).Author);
    }

    [Fact]
    public async Task EditorAndAdministrator_Publish_AndUnpublish()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News();
        await workflow.SaveAsync(Writer, news, null);

        await workflow.PublishAsync(Editor, news.Id, 1);
        var live = store.Snapshots.Current.Find(news.Id);
        await workflow.UnpublishAsync(Administrator, news.Id);

        Assert.NotNull(live);
        Assert.Null(store.Snapshots.Current.Find(news.Id));
        Assert.Equal(ContentStatus.Unpublished, (await store.History.FindItemAsync(news.Id))!.Status);
    }

    [Fact]
    public async Task SomeoneWithoutARole_CannotEvenSave()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();

        await Assert.ThrowsAsync<ForbiddenActionException>(() => workflow.SaveAsync(NoRole, Samples.News(), null));

        Assert.Empty(await store.History.ListAsync(Samples.News().Id));
    }

    [Fact]
    public async Task StaleSave_IsRefused_AndTheOtherEditorsVersionStays()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News(title: "第一稿");
        await workflow.SaveAsync(Editor, news, null);
        await workflow.SaveAsync(Editor, Samples.Retitled(news, "李编辑的修改"), basedOnVersion: 1);

        var stale = await Assert.ThrowsAsync<StaleVersionException>(() => workflow.SaveAsync(Writer, Samples.Retitled(news, "张撰稿的修改"), basedOnVersion: 1));

        Assert.Equal((1, 2), (stale.BasedOnVersion, stale.LatestVersion));
        Assert.Equal("李编辑的修改", (await store.History.GetAsync(news.Id, 2)).ChineseText.Title);
        Assert.Equal(2, (await store.History.FindItemAsync(news.Id))!.LatestVersion);
    }

    [Fact]
    public async Task RollBack_SavesTheOldVersionAgainAsANewOne_WithoutPublishingIt()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News(title: "原标题");
        await workflow.SaveAsync(Editor, news, null);
        await workflow.SaveAsync(Editor, Samples.Retitled(news, "新标题"), 1);
        await workflow.PublishAsync(Editor, news.Id, 2);

        var version = await workflow.RollBackAsync(Writer, news.Id, version: 1, basedOnVersion: 2);

        Assert.Equal(3, version);
        Assert.Equal("原标题", (await store.History.GetAsync(news.Id, 3)).ChineseText.Title);
        Assert.Equal("新标题", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
        Assert.Equal(3, (await store.History.ListAsync(news.Id)).Count);
    }

    [Fact]
    public async Task EachStep_LeavesAnAuditLine_WithWhoDidWhatToWhich()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var news = Samples.News(title: "审计新闻");
        await workflow.SaveAsync(Writer, news, null);
        await workflow.SubmitForReviewAsync(Writer, news.Id);
        await workflow.PublishAsync(Editor, news.Id, 1);
        await workflow.RollBackAsync(Editor, news.Id, 1, 1);
        await workflow.UnpublishAsync(Editor, news.Id);
        await Assert.ThrowsAsync<ForbiddenActionException>(() => workflow.PublishAsync(Writer, news.Id, 2));

        var log = await store.Services.GetRequiredService<AuditLog>().QueryAsync(Administrator, new AuditQuery { ItemId = news.Id });

        Assert.Equal(
            [(AuditAction.Unpublished, "李编辑"), (AuditAction.RolledBack, "李编辑"), (AuditAction.Published, "李编辑"), (AuditAction.SubmittedForReview, "张撰稿"), (AuditAction.Saved, "张撰稿")],
            log.Lines.Select(l => (l.Action, l.Actor)));
        Assert.Equal("第 1 版：审计新闻", log.Lines.Single(l => l.Action == AuditAction.Published).Detail);
        await Assert.ThrowsAsync<ForbiddenActionException>(() => store.Services.GetRequiredService<AuditLog>().QueryAsync(Editor, new AuditQuery()));
    }

    [Fact]
    public async Task Delete_IsForEditors_RefusesALiveItem_AndRemovesEveryVersionOfADraft()
    {
        await using var store = await TestStore.OpenAsync();
        var workflow = store.Services.GetRequiredService<EditorialWorkflow>();
        var draft = Samples.News(slug: "mistake", title: "误建的草稿");
        var live = Samples.News(slug: "live-one", title: "在线的新闻", id: Guid.NewGuid());
        await workflow.SaveAsync(Writer, draft, null);
        await workflow.SaveAsync(Writer, Samples.Retitled(draft, "误建的草稿（改）"), 1);
        await workflow.SaveAsync(Editor, live, null);
        await workflow.PublishAsync(Editor, live.Id, 1);

        await Assert.ThrowsAsync<ForbiddenActionException>(() => workflow.DeleteAsync(Writer, draft.Id));
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => workflow.DeleteAsync(Editor, live.Id));
        await workflow.DeleteAsync(Editor, draft.Id);

        Assert.Contains("请先下线", refused.Problems[0].Message, StringComparison.Ordinal);
        Assert.Null(await store.History.FindItemAsync(draft.Id));
        Assert.Empty(await store.History.ListAsync(draft.Id));
        Assert.NotNull(store.Snapshots.Current.Find(live.Id));
        var log = await store.Services.GetRequiredService<AuditLog>().QueryAsync(Administrator, new AuditQuery { Action = AuditAction.Deleted });
        Assert.Equal(("李编辑", draft.Id), (log.Lines.Single().Actor, log.Lines.Single().ItemId));
        // The slug is free again.
        await workflow.SaveAsync(Writer, Samples.News(slug: "mistake", id: Guid.NewGuid()), null);
    }
}
