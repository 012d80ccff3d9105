using Federation.Api.Search.Engine;
using Federation.Cms.Search;
using Federation.Cms.Users;

namespace Federation.Api.Search.Indexing;

/// <summary>The back office's view of this node's <see cref="SearchIndex"/>: its state, and a rebuild started from the screen.</summary>
internal sealed class SearchMaintenance(SearchIndex index, ISearchEngine engine) : ISearchMaintenance
{
    public SearchIndexStatus Status(Actor actor)
    {
        actor.Demand(CmsCapability.MaintainSearch);
        return new SearchIndexStatus(engine.Name, index.IsReady, index.Progress);
    }

    public SearchIndexStatus StartRebuild(Actor actor)
    {
        actor.Demand(CmsCapability.MaintainSearch);
        // Not awaited: the request returns while the build runs, and the screen follows Progress. The build
        // outlives the request (no request token), and logs its own failure; a failed build leaves the live index as it was.
        _ = index.RebuildAsync();
        return Status(actor);
    }
}
