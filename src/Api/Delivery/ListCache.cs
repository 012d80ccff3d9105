using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Federation.Api.Caching;
using Federation.Api.Delivery.Queries;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;
using Microsoft.Extensions.Caching.Hybrid;

namespace Federation.Api.Delivery;

/// <summary>
/// List pages and facet counts from <see cref="ContentDelivery"/>, kept in <see cref="HybridCache"/>:
/// in process, and in Redis too when several nodes serve, so a filter one node counted is not
/// counted again by the others. A list entry holds the ids on the page, not the items. Keys carry
/// the snapshot's outbox cursor, so nodes at the same cursor share entries and a publish makes new
/// keys; old entries are also removed by the type's tag and expire soon after. Entries are
/// immutable records, so in process every reader gets the same instance, never a copy to decode.
/// </summary>
public sealed class ListCache(ContentDelivery delivery, PublishedSnapshotStore snapshots, HybridCache cache) : IPublishedChangeObserver
{
    static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>Page <paramref name="page"/> of <see cref="ContentDelivery.Query"/>, from the cache when another request asked the same.</summary>
    public async ValueTask<ResultPage<PublishedItem>> QueryAsync(ContentType type, string culture, ListQuery query, int page, CancellationToken cancellationToken = default)
    {
        var key = Key("list", type, culture, query) + $":{page}";
        var entry = await cache.GetOrCreateAsync(
            key,
            (delivery, type, culture, query, page),
            static (state, _) => ValueTask.FromResult(ListEntry.Of(state.delivery.Query(state.type, state.culture, state.query, state.page))),
            Options(type),
            [CacheTags.Type(type)],
            cancellationToken);
        // The ids were listed at this cursor; should one be gone from the snapshot since, the page is listed afresh.
        return entry.Resolve(snapshots.Current) ?? delivery.Query(type, culture, query, page);
    }

    /// <summary>The facet counts of <paramref name="query"/>, from the cache when another request counted them.</summary>
    public ValueTask<TFacets> FacetsAsync<TFacets>(ContentType type, string culture, IFacetedQuery<TFacets> query, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync(
            Key("facets", type, culture, (ListQuery)query),
            (delivery, type, culture, query),
            static (state, _) => ValueTask.FromResult(state.delivery.Facets(state.type, state.culture, state.query)),
            Options(type),
            [CacheTags.Type(type)],
            cancellationToken);

    /// <summary>After a publish, frees the entries of the changed types (the new cursor already keeps them from being read).</summary>
    public async Task ChangedAsync(IReadOnlyList<ChangedItem> changes, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(changes.Select(c => CacheTags.Type(c.Type)).Distinct(), cancellationToken);

    string Key(string kind, ContentType type, string culture, ListQuery query)
    {
        // The query as JSON, hashed: short keys whatever a reader typed into a filter.
        var criteria = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(query, query.GetType()))), 0, 16);
        return $"{kind}:{ContentTypeInfo.Of(type).Name}:{culture}:{snapshots.Current.Cursor}:{criteria}";
    }

    // Lists that change with the clock (registration open, upcoming forums) are kept no longer than their pages.
    static HybridCacheEntryOptions Options(ContentType type)
    {
        var lifetime = CacheTags.ChangesWithTime(type) ? CacheTags.TimeDependent : Lifetime;
        return new() { Expiration = lifetime, LocalCacheExpiration = lifetime };
    }
}

/// <summary>One cached list page: the ids of its items, in order, and the page's place in the whole list.</summary>
/// <param name="Ids">The items on the page.</param>
/// <param name="Number">The page number.</param>
/// <param name="Size">Entries per page.</param>
/// <param name="TotalCount">Entries in the whole list.</param>
[System.ComponentModel.ImmutableObject(true)]
public sealed record ListEntry(IReadOnlyList<Guid> Ids, int Number, int Size, int TotalCount)
{
    public static ListEntry Of(ResultPage<PublishedItem> page) => new([.. page.Items.Select(i => i.Id)], page.Number, page.Size, page.TotalCount);

    /// <summary>The page with its items from <paramref name="snapshot"/>, or null when one of them is no longer published.</summary>
    public ResultPage<PublishedItem>? Resolve(PublishedSnapshot snapshot)
    {
        var items = Ids.Select(snapshot.Find).ToList();
        return items.Contains(null) ? null : new ResultPage<PublishedItem>(items!, Number, Size, TotalCount);
    }
}
