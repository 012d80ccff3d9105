using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery;

/// <summary>
/// Reads published content for the public: the lists each type shows, in the order its readers
/// expect, and single items. Reads only the snapshot, never the database.
/// </summary>
public sealed class ContentDelivery(PublishedSnapshotStore snapshots, TimeProvider time)
{
    /// <summary>The default number of entries on a list page.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The most entries one list page may hold.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Every published item of <paramref name="type"/>, in the order its list shows them.</summary>
    public IReadOnlyList<PublishedItem> All(ContentType type)
    {
        var items = snapshots.Current.OfType(type);
        return type switch
        {
            ContentType.Forum => ForumsUpcomingFirst(items),
            ContentType.Standard => [.. new StandardQuery().Sort(items, Cultures.Chinese)],
            ContentType.Course => [.. items.OrderByDescending(c => c.Fields<CourseFields>().Start).ThenBy(c => c.Document.ChineseText.Title, StringComparer.Ordinal)],
            ContentType.Showcase => [.. items.OrderBy(s => s.Fields<ShowcaseFields>().Kind).ThenBy(s => s.Fields<ShowcaseFields>().Number ?? int.MaxValue).ThenBy(s => s.Document.ChineseText.Title, StringComparer.Ordinal)],
            ContentType.Page => [.. items.OrderBy(p => p.Fields<PageFields>().Order).ThenBy(p => p.Document.ChineseText.Title, StringComparer.Ordinal)],
            _ => items,
        };
    }

    /// <summary>One page of <see cref="All"/>, of at most <see cref="MaxPageSize"/> entries.</summary>
    public ResultPage<PublishedItem> List(ContentType type, int page = 1, int pageSize = DefaultPageSize) =>
        ResultPage.Of(All(type), page, Math.Clamp(pageSize, 1, MaxPageSize));

    /// <summary>
    /// One page of the items of <paramref name="type"/> that match <paramref name="query"/> for a
    /// reader of <paramref name="culture"/>, in the query's order.
    /// </summary>
    public ResultPage<PublishedItem> Query(ContentType type, string culture, ListQuery query, int page = 1, int pageSize = DefaultPageSize) =>
        ResultPage.Of(Matching(type, culture, query), page, Math.Clamp(pageSize, 1, MaxPageSize));

    /// <summary>Every item of <paramref name="type"/> that matches <paramref name="query"/> for a reader of <paramref name="culture"/>, in the query's order.</summary>
    public IReadOnlyList<PublishedItem> Matching(ContentType type, string culture, ListQuery query)
    {
        if (query.IsEmpty && query.KeepsTypeOrder)
        {
            // Nothing to narrow or reorder: the type's list as it is, not a copy of it.
            return All(type);
        }

        var now = time.GetUtcNow();
        return [.. query.Sort(All(type).Where(i => query.Matches(i, culture, now)), culture)];
    }

    /// <summary>The facet counts of <paramref name="query"/> over every published item of <paramref name="type"/>.</summary>
    public TFacets Facets<TFacets>(ContentType type, string culture, IFacetedQuery<TFacets> query) =>
        query.Count(All(type), culture, time.GetUtcNow());

    /// <summary>Whether a forum or course takes registrations now; null for other types.</summary>
    public RegistrationState? RegistrationOf(PublishedItem item) => Registration.Of(item, time.GetUtcNow());

    /// <summary>Whether a forum is upcoming or past now; null while its time is not announced.</summary>
    public ForumTiming? TimingOf(PublishedItem forum) => ForumQuery.TimingOf(forum, time.GetUtcNow());

    /// <summary>The published item of <paramref name="type"/> with this slug in <paramref name="culture"/>.</summary>
    public PublishedItem? Find(ContentType type, string culture, string slug) => snapshots.Current.FindBySlug(type, culture, slug);

    /// <summary>
    /// The item a reader of <paramref name="culture"/> asked for: by that culture's slug, or, for an
    /// item not yet translated, by its zh-CN slug (its page then shows the Chinese text).
    /// </summary>
    public PublishedItem? FindForReader(ContentType type, string culture, string slug) =>
        Find(type, culture, slug) ?? (culture == Cultures.Chinese ? null : Find(type, Cultures.Chinese, slug) is { } item && !item.HasCulture(culture) ? item : null);

    /// <summary>The published item with this id.</summary>
    public PublishedItem? Find(Guid id) => snapshots.Current.Find(id);

    /// <summary>The published items among <paramref name="ids"/>, by id, read from one snapshot.</summary>
    public IReadOnlyDictionary<Guid, PublishedItem> FindAll(IEnumerable<Guid> ids)
    {
        var snapshot = snapshots.Current;
        var found = new Dictionary<Guid, PublishedItem>();
        foreach (var id in ids)
        {
            if (snapshot.Find(id) is { } item)
            {
                found[id] = item;
            }
        }

        return found;
    }

    /// <summary>The published item whose address was <paramref name="slug"/> before an editor changed it; the site answers with a 301.</summary>
    public PublishedItem? FindMoved(ContentType type, string culture, string slug) => snapshots.Current.FindMoved(type, culture, slug);

    /// <summary>The published items among <paramref name="item"/>'s related items, in the editor's order.</summary>
    public IReadOnlyList<PublishedItem> Related(PublishedItem item)
    {
        var snapshot = snapshots.Current;
        return [.. item.Document.Related.Select(snapshot.Find).OfType<PublishedItem>()];
    }

    /// <summary>The published child pages of a page (or the top-level pages for null), in order.</summary>
    public IReadOnlyList<PublishedItem> ChildPages(Guid? parent) =>
        [.. All(ContentType.Page).Where(p => p.Fields<PageFields>().Parent == parent)];

    /// <summary>The published featured news, newest first.</summary>
    public IReadOnlyList<PublishedItem> FeaturedNews() =>
        [.. All(ContentType.News).Where(n => n.Fields<NewsFields>().Featured)];

    // Upcoming forums soonest first, then undated ones, then past forums latest first.
    IReadOnlyList<PublishedItem> ForumsUpcomingFirst(IReadOnlyList<PublishedItem> items)
    {
        var now = time.GetUtcNow();
        var upcoming = items.Where(f => (f.Fields<ForumFields>().End ?? f.Fields<ForumFields>().Start) >= now)
            .OrderBy(f => f.Fields<ForumFields>().Start);
        var undated = items.Where(f => f.Fields<ForumFields>().Start is null && f.Fields<ForumFields>().End is null);
        var past = items.Where(f => (f.Fields<ForumFields>().End ?? f.Fields<ForumFields>().Start) < now)
            .OrderByDescending(f => f.Fields<ForumFields>().Start);
        return [.. upcoming, .. undated, .. past];
    }
}
