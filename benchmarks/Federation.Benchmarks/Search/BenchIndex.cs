using System.Diagnostics;
using Federation.Api.Search.Engine;
using Federation.Api.Search.Indexing;
using Federation.Api.Search.Lucene;
using Federation.Benchmarks.Synthetic;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Federation.Benchmarks.Search;

/// <summary>
/// The Lucene engine on an index of <see cref="SearchCorpus"/> items, kept under the benchmarks' data folder
/// (<c>search-{items}</c>) so the query benchmarks reuse what <c>search-index</c> built.
/// </summary>
internal static class BenchIndex
{
    public static string FolderOf(int items) => Path.Combine(SyntheticStore.Folder, $"search-{items}");

    /// <summary>
    /// The engine on <paramref name="folder"/>, as the site makes it, with no live index open yet. Builds run on
    /// <c>Search__BuildThreads</c> threads when that is set, as the host reads it; on all cores but one otherwise.
    /// </summary>
    public static LuceneEngine Engine(string folder) => new(
        Options.Create(new SearchOptions { IndexPath = folder, BuildThreads = BuildThreads }),
        new HostingEnvironment { ContentRootPath = folder }, NullLogger<LuceneEngine>.Instance);

    static int BuildThreads => int.TryParse(Environment.GetEnvironmentVariable("Search__BuildThreads"), out var threads) ? threads : 0;

    /// <summary>The engine on the kept index of <paramref name="items"/> items, built first when it is missing or of another corpus.</summary>
    public static async Task<LuceneEngine> OpenAsync(int items)
    {
        var engine = Engine(FolderOf(items));
        var stamps = await engine.ReadStampsAsync(CancellationToken.None);
        if (stamps is not null && stamps.Count == 2 * items && stamps.Values.All(s => s == SearchCorpus.Stamp))
        {
            return engine;
        }

        Console.Error.WriteLine($"Building a search index of {items} synthetic items in {FolderOf(items)}…");
        await BuildAsync(engine, items, done => Console.Error.Write($"\r{done}/{items}"));
        Console.Error.WriteLine();
        return engine;
    }

    /// <summary>
    /// Builds a new index of <paramref name="items"/> items the way a rebuild does (<c>SearchIndex.RebuildAsync</c>):
    /// <see cref="ISearchEngine.BeginBuildAsync"/>, batches of <see cref="SearchIndex.BatchSize"/> items, then
    /// <see cref="IIndexBuild.SwapAsync"/>. Making the documents is timed apart: the figures are the engine's.
    /// </summary>
    public static async Task<BuildTimes> BuildAsync(ISearchEngine engine, int items, Action<int>? progress = null)
    {
        var making = new Stopwatch();
        var makingCpu = 0.0;
        var adding = new Stopwatch();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        await using (var build = await engine.BeginBuildAsync(CancellationToken.None))
        {
            for (var first = 0; first < items; first += SearchIndex.BatchSize)
            {
                making.Start();
                var makingStarted = ThreadCpu.Milliseconds();
                var documents = SearchCorpus.Range(first, Math.Min(SearchIndex.BatchSize, items - first));
                makingCpu += ThreadCpu.Milliseconds() - makingStarted;
                making.Stop();
                adding.Start();
                await build.AddAsync(documents, CancellationToken.None);
                adding.Stop();
                progress?.Invoke(first + SearchIndex.BatchSize);
            }

            var swapping = Stopwatch.StartNew();
            await build.SwapAsync(CancellationToken.None);
            total.Stop();
            var engineCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu - TimeSpan.FromMilliseconds(makingCpu);
            return new BuildTimes(items, total.Elapsed - making.Elapsed, adding.Elapsed, swapping.Elapsed, engineCpu, making.Elapsed);
        }
    }
}

/// <summary>How long a build took.</summary>
/// <param name="Items">Items indexed, each in both cultures.</param>
/// <param name="Engine">The engine's time: from starting the build to the swap done, without making the documents.</param>
/// <param name="Adding">Of which adding the batches.</param>
/// <param name="Swapping">Of which the swap: the last flush, the commit to disk, opening the new searcher.</param>
/// <param name="EngineCpu">
/// The CPU time the process used meanwhile, but for making the documents: the engine's on every thread (merges run
/// on threads of their own), the garbage collector's, and the searches' when something searches during the build.
/// </param>
/// <param name="Making">Making the documents (not the engine's).</param>
internal sealed record BuildTimes(int Items, TimeSpan Engine, TimeSpan Adding, TimeSpan Swapping, TimeSpan EngineCpu, TimeSpan Making)
{
    public double ItemsPerSecond => Items / Engine.TotalSeconds;

    public override string ToString() =>
        $"{Items} items ({2 * Items} documents) in {Engine.TotalSeconds:0.0} s: {ItemsPerSecond:0} items/s " +
        $"(adding {Adding.TotalSeconds:0.0} s, swap {Swapping.TotalSeconds:0.00} s; CPU {EngineCpu.TotalSeconds:0.0} s on all threads; " +
        $"making the documents, not counted: {Making.TotalSeconds:0.0} s)";
}
