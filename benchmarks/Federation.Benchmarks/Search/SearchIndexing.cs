using System.Diagnostics;
using Federation.Api.Search.Indexing;
using Federation.Api.Search.Lucene;

namespace Federation.Benchmarks.Search;

/// <summary>
/// <c>search-index &lt;items&gt; [publishes]</c>: builds a fresh index of the corpus through the rebuild path and prints
/// items per second (an item is both cultures' documents), then publishes single items into it through the live
/// path (<see cref="LuceneEngine.IndexAsync"/>: write, commit, refresh) and prints their rate and latencies. The
/// index is kept for <c>search-latency</c> and <c>search-rebuild</c>.
/// </summary>
internal static class SearchIndexing
{
    public static async Task<int> RunAsync(int items, int publishes)
    {
        var folder = BenchIndex.FolderOf(items);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        using var engine = BenchIndex.Engine(folder);
        var build = await BenchIndex.BuildAsync(engine, items);
        Console.WriteLine($"fresh build, BeginBuildAsync → AddAsync of {SearchIndex.BatchSize} items at a time → SwapAsync: {build}");
        Console.WriteLine($"  {IndexShape.Of(folder)}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MB");

        // Items already in the index, spread over it: each publish replaces both its documents, as re-publishing does.
        var latencies = new Latencies();
        var all = Stopwatch.StartNew();
        for (var i = 0; i < publishes; i++)
        {
            var documents = SearchCorpus.Of((int)((long)i * 7_919 % items));
            var one = Stopwatch.StartNew();
            await engine.IndexAsync(documents, CancellationToken.None);
            latencies.Add(one.Elapsed.TotalMilliseconds);
        }

        all.Stop();
        Console.WriteLine($"live path, IndexAsync of one item at a time into the {items}-item index, {publishes} items: " +
            $"{publishes / all.Elapsed.TotalSeconds:0} items/s; per item {latencies}");
        Console.WriteLine($"  {IndexShape.Of(folder)}");
        return 0;
    }
}
