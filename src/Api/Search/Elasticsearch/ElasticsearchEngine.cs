using System.Net;
using Federation.Api.Search.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.Search.Elasticsearch;

// Federation.Api.Search has the site's own SearchRequest and results (SiteSearch.cs); these are the engine's.

/// <summary>
/// Site search in an Elasticsearch 8 cluster, over its REST API. Searches and live writes go to
/// the alias (<see cref="ElasticsearchOptions.Alias"/>); a build writes a new index beside it and
/// swaps the alias over in one step (<see cref="ElasticsearchIndexBuild"/>).
/// </summary>
internal sealed partial class ElasticsearchEngine(ElasticsearchCluster cluster, IOptions<SearchOptions> options, TimeProvider time, ILogger<ElasticsearchEngine> logger) : ISearchEngine
{
    /// <summary>The engine's name in <c>Search:Engine</c>.</summary>
    public const string EngineName = "elasticsearch";

    /// <summary>
    /// Live writes wait until searches see them (<c>refresh=wait_for</c>), and must reach the alias
    /// (<c>require_alias</c>): with no index yet, a write fails instead of creating an index
    /// with guessed mappings under the alias's name.
    /// </summary>
    const string LiveBulkParameters = "?refresh=wait_for&require_alias=true";

    public string Name => EngineName;

    string Alias => options.Value.Elasticsearch.Alias;

    /// <summary>Searches read the alias; with no alias yet (404) they find nothing.</summary>
    string SearchPath => $"{Alias}/_search";

    string LiveBulkPath => $"{Alias}/_bulk{LiveBulkParameters}";

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (!SearchQuery.HasWords(request.TrimmedText))
        {
            return SearchResults.None;
        }

        using var reply = await cluster.TrySendAsync(HttpMethod.Post, SearchPath, SearchQuery.Body(request), cancellationToken);
        return reply.Status == HttpStatusCode.NotFound ? SearchResults.None : SearchResponseReader.Results(cluster.EnsureSuccess(reply, HttpMethod.Post, SearchPath).RootElement);
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, string culture, int count, CancellationToken cancellationToken)
    {
        var trimmed = SuggestQuery.Trimmed(text);
        if (count < 1 || !SearchQuery.HasWords(trimmed))
        {
            return [];
        }

        using var reply = await cluster.TrySendAsync(HttpMethod.Post, SearchPath, SuggestQuery.Body(trimmed, culture, count), cancellationToken);
        return reply.Status == HttpStatusCode.NotFound ? [] : SearchResponseReader.Suggestions(cluster.EnsureSuccess(reply, HttpMethod.Post, SearchPath).RootElement);
    }

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken) =>
        cluster.BulkAsync(LiveBulkPath, BulkRequest.Index(documents), cancellationToken);

    public Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        cluster.BulkAsync(LiveBulkPath, BulkRequest.Delete(ids), cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>?> ReadStampsAsync(CancellationToken cancellationToken)
    {
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            using var reply = await cluster.TrySendAsync(HttpMethod.Post, SearchPath, StampPages.Body(after), cancellationToken);
            if (reply.Status == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!reply.IsSuccess)
            {
                // An index under the alias that cannot be sorted by key is not one of ours: rebuilding replaces it.
                LogStampsUnreadable(Alias, cluster.Name, (int)reply.Status);
                return null;
            }

            var (read, last) = StampPages.Read(reply.Body.RootElement, stamps);
            if (read < StampPages.PageSize || last is null)
            {
                return stamps;
            }

            after = last;
        }
    }

    public async Task<IIndexBuild> BeginBuildAsync(CancellationToken cancellationToken)
    {
        var index = IndexDefinition.NewIndexName(Alias, time.GetUtcNow());
        await cluster.CallAsync(HttpMethod.Put, index, IndexDefinition.CreateIndexBody(), cancellationToken);
        return new ElasticsearchIndexBuild(cluster, Alias, index, logger);
    }

    [LoggerMessage(EventId = 3404, Level = LogLevel.Warning, Message = "The index behind {Alias} at {Cluster} cannot be read for its stamps ({Status}); it will be rebuilt")]
    partial void LogStampsUnreadable(string alias, string cluster, int status);
}
