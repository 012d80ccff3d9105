using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Redirects;
using Federation.Cms.Tests.Support;
using Federation.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Redirects;

/// <summary>A live item's old slugs keep leading to it; a slug back in use is an address again.</summary>
public sealed class SlugRedirectTests
{
    static readonly Actor Editor = new("e1", "李编辑", new HashSet<string> { CmsRoles.Editor });

    static ContentDocument Reslugged(ContentDocument document, string slug) => document with
    {
        Cultures = document.Cultures.ToDictionary(c => c.Key, c => c.Key == Cultures.Chinese ? c.Value with { Slug = slug } : c.Value),
    };

    [Fact]
    public async Task PublishingANewSlug_KeepsEveryOldSlugLeadingToTheItem()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(slug: "first-slug");
        await store.Editor.SaveAsync(news, "editor");
        await store.Publishing.PublishAsync(news.Id);
        await store.Editor.SaveAsync(Reslugged(news, "second-slug"), "editor");
        await store.Publishing.PublishAsync(news.Id);
        await store.Editor.SaveAsync(Reslugged(news, "third-slug"), "editor");
        await store.Publishing.PublishAsync(news.Id);

        var snapshot = store.Snapshots.Current;
        Assert.Equal(news.Id, snapshot.FindBySlug(ContentType.News, Cultures.Chinese, "third-slug")?.Id);
        Assert.Equal(news.Id, snapshot.FindMoved(ContentType.News, Cultures.Chinese, "first-slug")?.Id);
        Assert.Equal(news.Id, snapshot.FindMoved(ContentType.News, Cultures.Chinese, "second-slug")?.Id);
        Assert.Null(snapshot.FindMoved(ContentType.News, Cultures.English, "first-slug"));
    }

    [Fact]
    public async Task ASlugComingBack_IsAnAddressAgain_NotARedirect()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(slug: "original");
        await store.Editor.SaveAsync(news, "editor");
        await store.Publishing.PublishAsync(news.Id);
        await store.Editor.SaveAsync(Reslugged(news, "renamed"), "editor");
        await store.Publishing.PublishAsync(news.Id);
        await store.Editor.SaveAsync(Reslugged(news, "original"), "editor");
        await store.Publishing.PublishAsync(news.Id);

        var list = await store.Services.GetRequiredService<RedirectList>().ListAsync(Editor, null, 1);

        Assert.Equal(["renamed"], list.Rows.Select(r => r.OldSlug));
        Assert.Null(store.Snapshots.Current.FindMoved(ContentType.News, Cultures.Chinese, "original"));
    }

    [Fact]
    public async Task SlugChangesOfADraft_OrAnUnpublishedItem_LeaveNoWorkingOldAddress()
    {
        await using var store = await TestStore.OpenAsync();
        var draft = Samples.News(slug: "draft-one");
        await store.Editor.SaveAsync(draft, "editor");
        await store.Editor.SaveAsync(Reslugged(draft, "draft-two"), "editor");
        await store.Publishing.PublishAsync(draft.Id);
        var gone = Samples.News(slug: "gone-one", id: Guid.NewGuid()) with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new Content.Types.NewsText { Title = "下线的", Slug = "gone-one" } } };
        await store.Editor.SaveAsync(gone, "editor");
        await store.Publishing.PublishAsync(gone.Id);
        await store.Editor.SaveAsync(Reslugged(gone, "gone-two"), "editor");
        await store.Publishing.PublishAsync(gone.Id);
        await store.Publishing.UnpublishAsync(gone.Id);

        Assert.Null(store.Snapshots.Current.FindMoved(ContentType.News, Cultures.Chinese, "draft-one"));
        Assert.Null(store.Snapshots.Current.FindMoved(ContentType.News, Cultures.Chinese, "gone-one"));
    }

    [Fact]
    public async Task RemovingARedirect_TakesItOffTheSite_AndIsAudited_WritersMayNot()
    {
        await using var store = await TestStore.OpenAsync();
        var news = Samples.News(slug: "before");
        await store.Editor.SaveAsync(news, "editor");
        await store.Publishing.PublishAsync(news.Id);
        await store.Editor.SaveAsync(Reslugged(news, "after"), "editor");
        await store.Publishing.PublishAsync(news.Id);
        var redirects = store.Services.GetRequiredService<RedirectList>();
        var id = (await redirects.ListAsync(Editor, "before", 1)).Rows.Single().Id;
        var writer = new Actor("w1", "张撰稿", new HashSet<string> { CmsRoles.Writer });

        await Assert.ThrowsAsync<ForbiddenActionException>(() => redirects.RemoveAsync(writer, id));
        await redirects.RemoveAsync(Editor, id);

        Assert.Null(store.Snapshots.Current.FindMoved(ContentType.News, Cultures.Chinese, "before"));
        Assert.Equal(0, (await redirects.ListAsync(Editor, null, 1)).Total);
        var log = await store.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { Action = AuditAction.RedirectRemoved });
        Assert.Equal("李编辑", log.Lines.Single().Actor);
    }
}
