using Federation.Api.Search.Engine;
using Federation.Api.Search.Indexing;
using Federation.Cms.Snapshot;
using Microsoft.Extensions.Logging;

namespace Federation.Api.Search;

/// <summary>Site search as pages and GraphQL use it: the engine's hits as published items.</summary>
public interface ISiteSearch
{
    /// <summary>Finds published items. Never throws for what a reader typed; an engine that is down gives <see cref="SearchState.Unavailable"/>.</summary>
    Task<SiteSearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Titles for what a reader has typed so far, best first; none while the index is built or the engine is down, as <see cref="SiteSuggestions.State"/> says.</summary>
    Task<SiteSuggestions> SuggestAsync(string text, string culture, int count, CancellationToken cancellationToken = default);
}

/// <summary>Whether search could answer.</summary>
public enum SearchState
{
    /// <summary>The index answered.</summary>
    Ready,

    /// <summary>The first index is being built; nothing can be found until it is live.</summary>
    Building,

    /// <summary>The engine could not be reached.</summary>
    Unavailable,
}

/// <summary>A page of results as published items.</summary>
/// <param name="Hits">The items on this page, in order.</param>
/// <param name="Total">How many match the query and filters.</param>
/// <param name="Facets">Counts by type, year and tag.</param>
/// <param name="State">Whether the index answered.</param>
public sealed record SiteSearchResults(IReadOnlyList<SiteSearchHit> Hits, int Total, SearchFacets Facets, SearchState State)
{
    internal static SiteSearchResults Empty(SearchState state) => new([], 0, SearchFacets.None, state);
}

/// <summary>A published item found, with its marked passages.</summary>
/// <param name="Item">The item.</param>
/// <param name="Score">How well it matched; comparable only within one search.</param>
/// <param name="Highlights">Passages with the matched words marked, best first.</param>
/// <param name="Date">The date it is ordered and counted by (see <see cref="SearchDocument.Date"/>), so a page shows the date its year facet counts.</param>
public sealed record SiteSearchHit(PublishedItem Item, double Score, IReadOnlyList<Highlight> Highlights, DateTimeOffset? Date);

/// <summary>Titles offered while typing, and whether the index could answer.</summary>
/// <param name="Items">The items offered, best first.</param>
/// <param name="State">Whether the index answered: an empty list from an index being built says nothing about the text.</param>
public sealed record SiteSuggestions(IReadOnlyList<SiteSuggestion> Items, SearchState State);

/// <summary>A published item offered while typing, with its title in the reader's culture.</summary>
public sealed record SiteSuggestion(PublishedItem Item, string Title);

internal sealed partial class SiteSearch(ISearchEngine engine, SearchIndex index, PublishedSnapshotStore snapshots, ILogger<SiteSearch> logger) : ISiteSearch
{
    public async Task<SiteSearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
        {
            return SiteSearchResults.Empty(index.IsUnreachable ? SearchState.Unavailable : SearchState.Building);
        }

        try
        {
            var found = await engine.SearchAsync(request, cancellationToken);
            var snapshot = snapshots.Current;
            // An item taken off between the search and now is left out.
            var hits = found.Hits
                .Select(h => snapshot.Find(h.Id) is { } item ? new SiteSearchHit(item, h.Score, h.Highlights, SearchDocuments.DateOf(item)) : null)
                .OfType<SiteSearchHit>()
                .ToList();
            return new SiteSearchResults(hits, found.Total, found.Facets, SearchState.Ready);
        }
        catch (SearchUnavailableException e)
        {
            LogUnavailable(e, engine.Name);
            return SiteSearchResults.Empty(SearchState.Unavailable);
        }
    }

    public async Task<SiteSuggestions> SuggestAsync(string text, string culture, int count, CancellationToken cancellationToken = default)
    {
        if (!index.IsReady)
        {
            return new([], SearchState.Building);
        }

        try
        {
            var snapshot = snapshots.Current;
            return new(
                [.. (await engine.SuggestAsync(text, culture, count, cancellationToken))
                    .Select(s => snapshot.Find(s.Id) is { } item ? new SiteSuggestion(item, s.Title) : null)
                    .OfType<SiteSuggestion>()],
                SearchState.Ready);
        }
        catch (SearchUnavailableException e)
        {
            LogUnavailable(e, engine.Name);
            return new([], SearchState.Unavailable);
        }
    }

    [LoggerMessage(EventId = 7030, Level = LogLevel.Warning, Message = "The {Engine} search engine did not answer")]
    partial void LogUnavailable(Exception exception, string engine);
}
