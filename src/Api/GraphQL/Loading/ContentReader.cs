using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;
using GraphQL;
using GraphQL.DataLoader;

namespace Federation.Api.GraphQL.Loading;

/// <summary>
/// How one GraphQL request reads published content: its user context, and the only way its
/// resolvers reach the snapshot. Items referred to by id are loaded in batches, so a list of 100
/// items with their related items costs as many snapshot lookups as a list of one.
/// </summary>
internal sealed class ContentReader : Dictionary<string, object?>
{
    readonly ContentDelivery delivery;
    readonly ItemBatch items;
    int lookups;

    public ContentReader(ContentDelivery delivery)
    {
        this.delivery = delivery;
        items = new ItemBatch(ids =>
        {
            Interlocked.Increment(ref lookups);
            return delivery.FindAll(ids);
        });
    }

    /// <summary>How many times this request read the snapshot.</summary>
    public int Lookups => lookups;

    /// <summary>The reader of the request <paramref name="context"/> belongs to.</summary>
    public static ContentReader Of(IResolveFieldContext context) => (ContentReader)context.UserContext;

    /// <summary>The published items of <paramref name="type"/> matching <paramref name="query"/>, in its order.</summary>
    public IReadOnlyList<PublishedItem> Matching(ContentType type, string culture, ListQuery query)
    {
        Interlocked.Increment(ref lookups);
        return delivery.Matching(type, culture, query);
    }

    /// <summary>The item of <paramref name="type"/> a reader of <paramref name="culture"/> finds at <paramref name="slug"/>.</summary>
    public PublishedItem? FindForReader(ContentType type, string culture, string slug)
    {
        Interlocked.Increment(ref lookups);
        return delivery.FindForReader(type, culture, slug);
    }

    /// <summary>The published items among <paramref name="ids"/>, each made a <typeparamref name="T"/>, loaded with every other id asked for at the same level.</summary>
    public IDataLoaderResult<IReadOnlyList<T>> LoadMany<T>(IReadOnlyList<Guid> ids, Func<PublishedItem, T> make) =>
        items.Load<IReadOnlyList<T>>(ids, found => [.. found.Select(make)]);

    /// <summary>The published item <paramref name="id"/>, made a <typeparamref name="T"/>, or null; loaded like <see cref="LoadMany"/>.</summary>
    public IDataLoaderResult<T?> Load<T>(Guid id, Func<PublishedItem, T?> make) where T : class =>
        items.Load(new[] { id }, found => found.Count > 0 ? make(found[0]) : null);
}
