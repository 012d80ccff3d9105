using Federation.Cms.Users;

namespace Federation.Cms.Search;

/// <summary>
/// The site's search index as the back office looks after it. Search lives in Federation.Api, which
/// references this project and not the other way round, so the back office reaches it through this
/// interface and Api implements it. Every call checks the actor: administrators only.
/// </summary>
internal interface ISearchMaintenance
{
    /// <summary>The index on this node: its engine, whether it answers, and its running or last rebuild.</summary>
    SearchIndexStatus Status(Actor actor);

    /// <summary>
    /// Starts rebuilding the index of this node in the background and returns once the audit log has
    /// it; asked while a rebuild runs, it joins that one. Searches use the live index until the new one
    /// is swapped in.
    /// </summary>
    Task StartRebuildAsync(Actor actor, CancellationToken cancellationToken);
}

/// <summary>The search index on this node.</summary>
/// <param name="Engine">The engine's name, as <c>Search:Engine</c> names it: <c>lucene</c>, say.</param>
/// <param name="IsReady">Whether there is a live index; until the first build is, searches find nothing.</param>
/// <param name="Rebuild">The running rebuild, or the last one since this node started; null when there was none.</param>
internal sealed record SearchIndexStatus(string Engine, bool IsReady, RebuildProgress? Rebuild);
