using Federation.Api.Search.Engine;
using Federation.Cms.Audit;
using Federation.Cms.Search;
using Federation.Cms.Users;

namespace Federation.Api.Search.Indexing;

/// <summary>The back office's view of this node's <see cref="SearchIndex"/>: its state, and a rebuild started from the screen.</summary>
internal sealed class SearchMaintenance(SearchIndex index, ISearchEngine engine, AuditLog audit) : ISearchMaintenance
{
    public SearchIndexStatus Status(Actor actor)
    {
        actor.Demand(CmsCapability.MaintainSearch);
        return new SearchIndexStatus(engine.Name, index.IsReady, index.Progress);
    }

    public async Task<SearchIndexStatus> StartRebuildAsync(Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(CmsCapability.MaintainSearch);
        var before = index.Progress;
        // Not awaited: the request returns while the build runs, and the screen follows Progress. The build
        // outlives the request (not its token), and logs its own failure; a failed build leaves the live index as it was.
        _ = index.RebuildAsync(cancellationToken: CancellationToken.None);
        // Joining the rebuild that runs adds no line: a new one has a new start.
        if (index.Progress is { } now && now.Started != before?.Started)
        {
            // Each node rebuilds its own Lucene index: the line says which node's.
            await audit.RecordAsync(actor, AuditAction.SearchRebuildStarted, detail: $"{engine.Name} · {Environment.MachineName}", cancellationToken: cancellationToken);
        }

        return Status(actor);
    }
}
