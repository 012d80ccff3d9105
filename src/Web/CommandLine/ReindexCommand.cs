using Federation.Api.Search.Engine;
using Federation.Api.Search.Indexing;
using Federation.Cms.Snapshot;

namespace Federation.Web.CommandLine;

/// <summary>
/// <c>reindex</c>: builds a new search index of everything published, beside the live one, and swaps
/// it in. A site running on the same index folder (or cluster) keeps searching the old index until the
/// swap, then takes up the new one within seconds.
/// </summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<SnapshotLoader>();
        services.GetRequiredService<PublishedSnapshotStore>().Swap(await loader.LoadAllAsync(CancellationToken.None));
        var engine = services.GetRequiredService<ISearchEngine>();
        Console.WriteLine($"Rebuilding the {engine.Name} search index…");
        // Read the store again just before the swap: whatever was published meanwhile goes into the new index.
        var done = await services.GetRequiredService<SearchIndex>().RebuildAsync(loader.LoadAllAsync, ProgressBar.ForConsole());
        if (done.Error is { } error)
        {
            await Console.Error.WriteLineAsync($"The search index was not rebuilt: {error}. The live index is unchanged.");
            return 1;
        }

        Console.WriteLine($"Indexed {done.Done} items in {(done.Finished!.Value - done.Started).TotalSeconds:0.0} s; the new {engine.Name} index is live.");
        return 0;
    }
}
