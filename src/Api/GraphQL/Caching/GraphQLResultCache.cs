using System.Security.Cryptography;
using System.Text;
using Federation.Cms.Snapshot;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace Federation.Api.GraphQL.Caching;

/// <summary>
/// GraphQL answers kept in <see cref="HybridCache"/> (in process, and in Redis when several nodes
/// serve). A key names everything the answer depends on: the snapshot's outbox cursor, the address
/// links point to, the method, the response type, and the document, operation and variables. A
/// publish moves the cursor, so the next request is answered afresh; entries live at most a minute,
/// since some fields change with the clock (registration open, upcoming or past).
/// </summary>
internal sealed class GraphQLResultCache(HybridCache cache, PublishedSnapshotStore snapshots, GraphQLSerializer serializer, IOptions<GraphQLOptions> options) : IPublishedChangeObserver
{
    const string Tag = "graphql";

    static readonly HybridCacheEntryOptions Reading = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    static readonly HybridCacheEntryOptions Writing = new() { Expiration = TimeSpan.FromMinutes(1), LocalCacheExpiration = TimeSpan.FromMinutes(1) };

    /// <summary>The answer to <paramref name="request"/>: from the cache, or made by <paramref name="answer"/> and kept when it may be.</summary>
    public async ValueTask<GraphQLResponse> GetOrAnswerAsync(
        string origin, string method, string mediaType, GraphQLRequest request, Func<CancellationToken, Task<(GraphQLResponse Response, bool Keep)>> answer, CancellationToken cancellationToken)
    {
        if (!options.Value.CacheResults)
        {
            return (await answer(cancellationToken)).Response;
        }

        var key = Key(origin, method, mediaType, request);
        if (await cache.GetOrCreateAsync<GraphQLResponse?>(key, _ => ValueTask.FromResult<GraphQLResponse?>(null), Reading, cancellationToken: cancellationToken) is { } kept)
        {
            return kept;
        }

        var (response, keep) = await answer(cancellationToken);
        if (keep)
        {
            await cache.SetAsync(key, response, Writing, [Tag], cancellationToken);
        }

        return response;
    }

    /// <summary>After a publish, frees the answers read from older snapshots (the new cursor already keeps them from being served).</summary>
    public async Task ChangedAsync(IReadOnlyList<ChangedItem> changes, CancellationToken cancellationToken) =>
        await cache.RemoveByTagAsync(Tag, cancellationToken);

    string Key(string origin, string method, string mediaType, GraphQLRequest request)
    {
        var text = string.Join('\n', origin, method, mediaType, request.OperationName, request.Query,
            request.Variables is null ? "" : serializer.Serialize(request.Variables), request.Extensions is null ? "" : serializer.Serialize(request.Extensions));
        return $"graphql:{snapshots.Current.Cursor}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";
    }
}
