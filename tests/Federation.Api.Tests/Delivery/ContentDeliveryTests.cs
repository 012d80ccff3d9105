using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Api.Tests.Delivery;

public sealed class ContentDeliveryTests
{
    static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void List_CutsNewsIntoPagesOfTwentyNewestFirst()
    {
        var news = Enumerable.Range(1, 45).Select(i => Item(ContentType.News, $"news-{i:00}", new NewsFields(), Now.AddDays(-i))).ToList();
        var delivery = Delivery(news);

        var first = delivery.List(ContentType.News);
        var third = delivery.List(ContentType.News, page: 3);
        var beyond = delivery.List(ContentType.News, page: 4);

        Assert.Equal(45, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"news-{i:00}"), first.Items.Select(Slug));
        Assert.Equal(["news-41", "news-42", "news-43", "news-44", "news-45"], third.Items.Select(Slug));
        Assert.False(third.HasNext);
        Assert.True(third.HasPrevious);
        Assert.Empty(beyond.Items);
    }

    [Fact]
    public void List_NeverReturnsMoreThanTheMaximumPageSize()
    {
        var delivery = Delivery(Enumerable.Range(1, 150).Select(i => Item(ContentType.News, $"n{i}", new NewsFields(), Now)));

        Assert.Equal(ContentDelivery.MaxPageSize, delivery.List(ContentType.News, pageSize: 10_000).Items.Count);
        Assert.Single(delivery.List(ContentType.News, pageSize: 0).Items);
    }

    [Fact]
    public void Forums_UpcomingSoonestFirstThenUndatedThenPastLatestFirst()
    {
        var delivery = Delivery(
        [
            Item(ContentType.Forum, "past-old", new ForumFields { Start = Now.AddDays(-60) }),
            Item(ContentType.Forum, "next-month", new ForumFields { Start = Now.AddDays(30) }),
            Item(ContentType.Forum, "undated", new ForumFields()),
            Item(ContentType.Forum, "tomorrow", new ForumFields { Start = Now.AddDays(1) }),
            Item(ContentType.Forum, "running-now", new ForumFields { Start = Now.AddHours(-2), End = Now.AddHours(3) }),
            Item(ContentType.Forum, "past-recent", new ForumFields { Start = Now.AddDays(-3) }),
        ]);

        Assert.Equal(
            ["running-now", "tomorrow", "next-month", "undated", "past-recent", "past-old"],
            delivery.All(ContentType.Forum).Select(Slug));
    }

    [Fact]
    public void Showcases_SpecialActionsInTheirNumberOrderThenConcepts()
    {
        var delivery = Delivery(
        [
            Item(ContentType.Showcase, "concept", new ShowcaseFields { Kind = ShowcaseKind.NewConcept }),
            Item(ContentType.Showcase, "action-10", new ShowcaseFields { Kind = ShowcaseKind.SpecialAction, Number = 10 }),
            Item(ContentType.Showcase, "action-2", new ShowcaseFields { Kind = ShowcaseKind.SpecialAction, Number = 2 }),
        ]);

        Assert.Equal(["action-2", "action-10", "concept"], delivery.All(ContentType.Showcase).Select(Slug));
    }

    [Fact]
    public void ChildPages_FollowTheEditorsOrder()
    {
        var root = Item(ContentType.Page, "profile", new PageFields { Order = 0 });
        var delivery = Delivery(
        [
            root,
            Item(ContentType.Page, "institutions", new PageFields { Parent = root.Id, Order = 3 }),
            Item(ContentType.Page, "platforms", new PageFields { Parent = root.Id, Order = 1 }),
            Item(ContentType.Page, "committees", new PageFields { Parent = root.Id, Order = 2 }),
        ]);

        Assert.Equal(["profile"], delivery.ChildPages(null).Select(Slug));
        Assert.Equal(["platforms", "committees", "institutions"], delivery.ChildPages(root.Id).Select(Slug));
    }

    [Fact]
    public void FindForReader_AnUntranslatedItemIsFoundByItsChineseSlugOnTheEnglishSite()
    {
        var untranslated = Item(ContentType.News, "only-chinese", new NewsFields(), english: false);
        var translated = Item(ContentType.News, "both", new NewsFields());
        var delivery = Delivery([untranslated, translated]);

        Assert.Same(untranslated, delivery.FindForReader(ContentType.News, Cultures.English, "only-chinese"));
        Assert.Same(translated, delivery.FindForReader(ContentType.News, Cultures.English, "both-en"));
        Assert.Null(delivery.FindForReader(ContentType.News, Cultures.English, "both"));
        Assert.Null(delivery.FindForReader(ContentType.Forum, Cultures.Chinese, "both"));
    }

    static ContentDelivery Delivery(IEnumerable<PublishedItem> items)
    {
        var snapshots = new PublishedSnapshotStore();
        snapshots.Swap(PublishedSnapshot.Create(items, 1, Now));
        return new ContentDelivery(snapshots, new FakeTimeProvider(Now));
    }

    static string Slug(PublishedItem item) => item.Document.ChineseText.Slug;

    static PublishedItem Item(ContentType type, string slug, ContentFields fields, DateTimeOffset? published = null, bool english = true)
    {
        var info = ContentTypeInfo.Of(type);
        CultureText Text(string title, string textSlug) =>
            (CultureText)Activator.CreateInstance(info.TextType)! with { Title = title, Slug = textSlug };
        var cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = Text("标题 " + slug, slug) };
        if (english)
        {
            cultures[Cultures.English] = Text("Title " + slug, slug + "-en");
        }

        return new PublishedItem(
            new ContentDocument { Id = Guid.NewGuid(), Type = type, Fields = fields, Cultures = cultures },
            1, published, published, published ?? Now);
    }
}
