using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Tests.Support;

namespace Federation.Cms.Tests.Publishing;

public sealed class VersionsAndPublishingTests
{
    [Fact]
    public async Task Save_NewItem_IsADraftThatThePublicDoesNotSee()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News();

        var version = await store.Editor.SaveAsync(news, "editor@example.org");

        Assert.Equal(1, version);
        var item = await store.History.FindItemAsync(news.Id);
        Assert.Equal(ContentStatus.Draft, item!.Status);
        Assert.Null(item.PublishedVersion);
        Assert.Null(store.Snapshots.Current.Find(news.Id));
    }

    [Fact]
    public async Task Save_EachSave_AddsAVersionAndKeepsTheOldOnes()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(title: "第一稿");
        await store.Editor.SaveAsync(news, "writer-a");
        store.Time.Advance(TimeSpan.FromMinutes(5));
        await store.Editor.SaveAsync(Samples.Retitled(news, "第二稿"), "writer-b");

        var history = await store.History.ListAsync(news.Id);

        Assert.Equal([2, 1], history.Select(v => v.Number));
        Assert.Equal(["第二稿", "第一稿"], history.Select(v => v.Title));
        Assert.Equal(["writer-b", "writer-a"], history.Select(v => v.SavedBy));
        Assert.Equal(TimeSpan.FromMinutes(5), history[0].SavedAt - history[1].SavedAt);
        Assert.Equal("第一稿", (await store.History.GetAsync(news.Id, 1)).ChineseText.Title);
    }

    [Fact]
    public async Task Publish_PutsTheNewestVersionInTheSnapshot()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News();
        await store.Editor.SaveAsync(news, null);

        await store.Publishing.PublishAsync(news.Id);

        var published = store.Snapshots.Current.FindBySlug(ContentType.News, Cultures.Chinese, "annual-meeting");
        Assert.NotNull(published);
        Assert.Equal("联合会召开年度会员大会", published.Document.ChineseText.Title);
        Assert.Equal(1, published.Version);
        Assert.Equal(store.Time.GetUtcNow(), published.Published);
        Assert.Equal(ContentStatus.Published, (await store.History.FindItemAsync(news.Id))!.Status);
    }

    [Fact]
    public async Task Publish_TheSnapshotItemKnowsWhenItsPublishedVersionWasSaved()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(title: "第一稿");
        await store.Editor.SaveAsync(news, null);
        var firstSaved = store.Time.GetUtcNow();
        store.Time.Advance(TimeSpan.FromHours(2));
        await store.Editor.SaveAsync(Samples.Retitled(news, "第二稿"), null);
        store.Time.Advance(TimeSpan.FromHours(1));

        await store.Publishing.PublishAsync(news.Id, version: 1);

        Assert.Equal(firstSaved, store.Snapshots.Current.Find(news.Id)!.SavedAt);
    }

    [Fact]
    public async Task Publish_AnOlderVersion_MarksThatVersionPublished()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(title: "第一稿");
        await store.Editor.SaveAsync(news, null);
        await store.Editor.SaveAsync(Samples.Retitled(news, "第二稿"), null);

        await store.Publishing.PublishAsync(news.Id, version: 1);

        Assert.Equal("第一稿", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
        var history = await store.History.ListAsync(news.Id);
        Assert.Equal([false, true], history.Select(v => v.IsPublished));
    }

    [Fact]
    public async Task Save_AfterPublish_LeavesThePublishedVersionOnTheSiteUntilPublishedAgain()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(title: "已发布的标题");
        await store.Editor.SaveAsync(news, null);
        await store.Publishing.PublishAsync(news.Id);

        await store.Editor.SaveAsync(Samples.Retitled(news, "修改中的标题"), null);
        Assert.Equal("已发布的标题", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);

        await store.Publishing.PublishAsync(news.Id);
        Assert.Equal("修改中的标题", store.Snapshots.Current.Find(news.Id)!.Document.ChineseText.Title);
    }

    [Fact]
    public async Task Unpublish_TakesTheItemOffTheSiteAndKeepsItsHistory()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News();
        await store.Editor.SaveAsync(news, null);
        await store.Publishing.PublishAsync(news.Id);

        await store.Publishing.UnpublishAsync(news.Id);

        Assert.Null(store.Snapshots.Current.Find(news.Id));
        Assert.Null(store.Snapshots.Current.FindBySlug(ContentType.News, Cultures.Chinese, "annual-meeting"));
        var item = await store.History.FindItemAsync(news.Id);
        Assert.Equal(ContentStatus.Unpublished, item!.Status);
        Assert.Single(await store.History.ListAsync(news.Id));
    }

    [Fact]
    public async Task Publish_UnknownItemOrVersion_IsRefused()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News();
        await store.Editor.SaveAsync(news, null);

        await Assert.ThrowsAsync<ContentNotFoundException>(() => store.Publishing.PublishAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<ContentNotFoundException>(() => store.Publishing.PublishAsync(news.Id, version: 2));
        Assert.Null(store.Snapshots.Current.Find(news.Id));
    }

    [Fact]
    public async Task Save_WithoutChineseTitleOrWithBadSlug_IsRefusedFieldByField()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(slug: "Bad Slug", title: " ");

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => store.Editor.SaveAsync(news, null));

        Assert.Contains(refused.Problems, p => p.Field == "cultures.zh-CN.title");
        Assert.Contains(refused.Problems, p => p.Field == "cultures.zh-CN.slug");
        Assert.Null(await store.History.FindItemAsync(news.Id));
    }

    [Fact]
    public async Task Save_SlugOfAnotherItemOfTheSameType_IsRefused()
    {
        await using var store = await TestStore.OpenAsync();
        await store.Editor.SaveAsync(Samples.News(slug: "same-slug"), null);

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => store.Editor.SaveAsync(Samples.News(slug: "same-slug"), null));

        Assert.Contains(refused.Problems, p => p.Field == "cultures.zh-CN.slug" && p.Message.Contains("already used", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_BasedOnAStaleVersion_IsRefusedAndNothingIsOverwritten()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(title: "原稿");
        await store.Editor.SaveAsync(news, "a");
        await store.Editor.SaveAsync(Samples.Retitled(news, "甲的修改"), "a", basedOnVersion: 1);

        var refused = await Assert.ThrowsAsync<StaleVersionException>(
            () => store.Editor.SaveAsync(Samples.Retitled(news, "乙的修改"), "b", basedOnVersion: 1));

        Assert.Equal(2, refused.LatestVersion);
        Assert.Equal("甲的修改", (await store.History.GetAsync(news.Id, 2)).ChineseText.Title);
        Assert.Equal(2, (await store.History.ListAsync(news.Id)).Count);
    }

    [Fact]
    public async Task Save_RichText_IsSanitizedOnTheServer()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(body: "<p onclick=\"steal()\">正文<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a></p>");

        await store.Editor.SaveAsync(news, null);

        var body = ((NewsText)(await store.History.GetAsync(news.Id, 1)).ChineseText).Body!;
        Assert.Contains("正文", body, StringComparison.Ordinal);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
    }
}
