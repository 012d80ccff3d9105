using Federation.Cms.Snapshot;
using GraphQL.DataLoader;

namespace Federation.Api.GraphQL.Loading;

/// <summary>
/// Loads published items by id in batches: every field that asks for items (related items, a
/// standard's editions) adds its ids and gets a pending result; the executer completes pending
/// results only after every other field of the level ran, so the first one read fetches the ids of
/// all of them in one lookup.
/// </summary>
internal sealed class ItemBatch(Func<IReadOnlyCollection<Guid>, IReadOnlyDictionary<Guid, PublishedItem>> fetch)
{
    readonly HashSet<Guid> wanted = [];
    readonly Dictionary<Guid, PublishedItem?> loaded = [];

    /// <summary>What <paramref name="finish"/> makes of the published items among <paramref name="ids"/> (in their order), once the batch is fetched.</summary>
    public IDataLoaderResult<TResult> Load<TResult>(IReadOnlyList<Guid> ids, Func<IReadOnlyList<PublishedItem>, TResult> finish)
    {
        lock (wanted)
        {
            foreach (var id in ids)
            {
                if (!loaded.ContainsKey(id))
                {
                    wanted.Add(id);
                }
            }
        }

        return new Pending<TResult>(this, ids, finish);
    }

    IReadOnlyList<PublishedItem> Resolve(IReadOnlyList<Guid> ids)
    {
        lock (wanted)
        {
            if (wanted.Count > 0)
            {
                var found = fetch(wanted);
                foreach (var id in wanted)
                {
                    loaded[id] = found.GetValueOrDefault(id);
                }

                wanted.Clear();
            }

            return [.. ids.Select(id => loaded.GetValueOrDefault(id)).OfType<PublishedItem>()];
        }
    }

    sealed class Pending<TResult>(ItemBatch batch, IReadOnlyList<Guid> ids, Func<IReadOnlyList<PublishedItem>, TResult> finish) : IDataLoaderResult<TResult>
    {
        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(finish(batch.Resolve(ids)));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
