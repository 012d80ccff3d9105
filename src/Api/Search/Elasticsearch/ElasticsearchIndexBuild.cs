using System.Net;
using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Microsoft.Extensions.Logging;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>
/// A new concrete index (<c>{alias}-{yyyyMMddHHmmssfff}</c>) filled beside the live one. The swap
/// makes it searchable (refresh interval and replicas restored, one refresh), moves the alias in
/// one atomic <c>POST /_aliases</c> (remove from the old indexes, add to this one), then deletes
/// the old indexes. Disposed without a swap, it deletes its index.
/// See https://www.elastic.co/guide/en/elasticsearch/reference/8.15/indices-aliases.html
/// </summary>
internal sealed partial class ElasticsearchIndexBuild(ElasticsearchCluster cluster, string alias, string index, ILogger logger) : IIndexBuild
{
    bool swapped;

    public Task AddAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken) =>
        // No refresh: the index refreshes once, at the swap.
        cluster.BulkAsync($"{index}/_bulk", BulkRequest.Index(documents), cancellationToken);

    public Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        cluster.BulkAsync($"{index}/_bulk", BulkRequest.Delete(ids), cancellationToken);

    public async Task SwapAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(swapped, this);
        await cluster.CallAsync(HttpMethod.Put, $"{index}/_settings", IndexDefinition.LiveSettings(), cancellationToken);
        await cluster.CallAsync(HttpMethod.Post, $"{index}/_refresh", null, cancellationToken);

        var old = await IndexesBehindAliasAsync(cancellationToken);
        var actions = new JsonArray();
        foreach (var oldIndex in old)
        {
            actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = oldIndex, ["alias"] = alias } });
        }

        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = index, ["alias"] = alias } });
        await cluster.CallAsync(HttpMethod.Post, "_aliases", new JsonObject { ["actions"] = actions }, cancellationToken);

        swapped = true;
        LogSwapped(logger, index, alias, old.Count);
        foreach (var oldIndex in old)
        {
            // The swap is done: an old index left behind costs disk, not correctness.
            await DeleteQuietlyAsync(oldIndex, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!swapped)
        {
            swapped = true;
            await DeleteQuietlyAsync(index, CancellationToken.None);
        }
    }

    /// <summary>The indexes the alias points to now (<c>GET /_alias/{alias}</c>: index → its aliases); none when it is missing (404).</summary>
    async Task<IReadOnlyList<string>> IndexesBehindAliasAsync(CancellationToken cancellationToken)
    {
        var path = $"_alias/{alias}";
        using var reply = await cluster.TrySendAsync(HttpMethod.Get, path, null, cancellationToken);
        if (reply.Status == HttpStatusCode.NotFound)
        {
            return [];
        }

        var root = cluster.EnsureSuccess(reply, HttpMethod.Get, path).RootElement;
        return root.ValueKind == System.Text.Json.JsonValueKind.Object ? [.. root.EnumerateObject().Select(p => p.Name).Where(name => name != index)] : [];
    }

    async Task DeleteQuietlyAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            using var reply = await cluster.TrySendAsync(HttpMethod.Delete, name, null, cancellationToken);
            if (!reply.IsSuccess && reply.Status != HttpStatusCode.NotFound)
            {
                LogNotDeleted(logger, name, $"{(int)reply.Status} {reply.Status}: {ClusterError.Of(reply.Body.RootElement)}");
            }
        }
        catch (SearchUnavailableException e)
        {
            LogNotDeleted(logger, name, e.Message);
        }
    }

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information, Message = "The search index {Index} is live behind {Alias}, in place of {Old} old index(es)")]
    static partial void LogSwapped(ILogger logger, string index, string alias, int old);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Warning, Message = "The search index {Index} could not be deleted ({Reason}); delete it by hand")]
    static partial void LogNotDeleted(ILogger logger, string index, string reason);
}
