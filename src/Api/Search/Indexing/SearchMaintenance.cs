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

    public async Task StartRebuildAsync(Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(CmsCapability.MaintainSearch);
        // The rebuild is not awaited: the request returns while it runs, and the screen follows Progress. It outlives
        // the request, and logs its own failure; a failed build leaves the live index as it was. Joining the rebuild
        // that runs adds no line to the audit log; each node rebuilds its own Lucene index, so the line names the node.
        if (index.StartRebuild().Started)
        {
            await audit.RecordAsync(actor, AuditAction.SearchRebuildStarted, detail: $"{engine.Name} · {Environment.MachineName}", cancellationToken: cancellationToken);
        }
    }
}
