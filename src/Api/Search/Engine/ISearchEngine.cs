using Federation.Cms.Content;

namespace Federation.Api.Search.Engine;

/// <summary>
/// Where the index lives and how it is queried: Lucene.NET on this node's disk, or an Elasticsearch
/// cluster. Callers go through the site's search index (writes) and site search (reads);
/// the engine itself keeps no state about the site.
/// </summary>
public interface ISearchEngine
{
    /// <summary>The engine's name in <c>Search:Engine</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Finds documents in <see cref="SearchRequest.Culture"/>. Whatever the reader typed (nothing,
    /// punctuation, query syntax, a very long text) gives results or none, never an exception; an
    /// engine that cannot be reached throws <see cref="SearchUnavailableException"/>.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>At most <paramref name="count"/> titles in <paramref name="culture"/> for what a reader has typed so far, best first.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, string culture, int count, CancellationToken cancellationToken);

    /// <summary>Adds or replaces documents (by <see cref="SearchDocument.Key"/>); searches see them when this returns.</summary>
    Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes every document of these items, in every culture; searches stop finding them when this returns.</summary>
    Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The stamp of every document in the live index, by key; null when there is no usable index
    /// (none yet, or unreadable), which calls for a rebuild.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>?> ReadStampsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts a new index beside the live one. Searches keep reading the live index until
    /// <see cref="IIndexBuild.SwapAsync"/>; a build disposed without swapping leaves nothing behind.
    /// </summary>
    Task<IIndexBuild> BeginBuildAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts reading an index that another process (the <c>reindex</c> command) swapped in, where the
    /// engine would not see it by itself. True when it did: the caller then brings it up to date.
    /// </summary>
    Task<bool> FollowSwapAsync(CancellationToken cancellationToken) => Task.FromResult(false);
}

/// <summary>A new index being built beside the live one.</summary>
public interface IIndexBuild : IAsyncDisposable
{
    /// <summary>Adds or replaces documents in the new index.</summary>
    Task AddAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes every document of these items from the new index.</summary>
    Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Makes the new index the live one in one step, and drops the old one.</summary>
    Task SwapAsync(CancellationToken cancellationToken);
}

/// <summary>The search engine cannot answer now (a cluster that is down); the site says so instead of failing.</summary>
public sealed class SearchUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
