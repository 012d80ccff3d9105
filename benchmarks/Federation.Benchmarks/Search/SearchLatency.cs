using System.Diagnostics;
using Federation.Api.Search.Engine;

namespace Federation.Benchmarks.Search;

/// <summary>
/// <c>search-latency &lt;items&gt; [queries]</c>: runs the mix of <see cref="SearchQueries"/> against the kept index,
/// each search with its highlights and facets, one at a time in a fixed shuffled order after a warm-up, and prints
/// each search's total and latencies, then the percentiles of all of them together.
/// </summary>
internal static class SearchLatency
{
    const int WarmUpRounds = 10;

    public static async Task<int> RunAsync(int items, int queries)
    {
        using var engine = await BenchIndex.OpenAsync(items);
        Console.WriteLine(IndexShape.Of(BenchIndex.FolderOf(items)));
        var mix = SearchQueries.Mix(items);
        var totals = await WarmUpAsync(engine, mix);
        if (mix.FirstOrDefault(q => totals[q].Hits == 0) is { } none)
        {
            Console.Error.WriteLine($"\"{none}\" finds nothing on its page: the mix does not measure what it says");
            return 1;
        }

        var each = mix.ToDictionary(q => q, _ => (Wall: new Latencies(), Cpu: new Latencies()));
        var all = (Wall: new Latencies(), Cpu: new Latencies());
        foreach (var query in Order(mix, queries))
        {
            var time = await TimeAsync(engine, query.Request);
            foreach (var (wall, cpu) in new[] { each[query], all })
            {
                wall.Add(time.Milliseconds);
                cpu.Add(time.CpuMilliseconds);
            }
        }

        Console.WriteLine($"{queries} searches of {items} items, a page of 20 with highlights and facets, one at a time " +
            $"(latency; then the searching thread's CPU time, which waiting for a core on a shared machine does not add to):");
        foreach (var query in mix)
        {
            Console.WriteLine($"{query.Name,-38} {totals[query].Total,7} found  {each[query].Wall}  cpu p50 {each[query].Cpu.Percentile(0.5),6:0.00} p95 {each[query].Cpu.Percentile(0.95),6:0.00}");
        }

        Console.WriteLine($"{"all",-38} {"",13}  {all.Wall}  cpu p50 {all.Cpu.Percentile(0.5),6:0.00} p95 {all.Cpu.Percentile(0.95),6:0.00}; mean {all.Wall.Mean:0.00} ms");
        return 0;
    }

    /// <summary>Runs every search of the mix a few times (JIT, caches); returns what each found: how many, and how many on its page.</summary>
    public static async Task<Dictionary<BenchQuery, (int Total, int Hits)>> WarmUpAsync(ISearchEngine engine, IReadOnlyList<BenchQuery> mix)
    {
        var totals = new Dictionary<BenchQuery, (int, int)>();
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var query in mix)
            {
                var results = await engine.SearchAsync(query.Request, CancellationToken.None);
                totals[query] = (results.Total, results.Hits.Count);
            }
        }

        return totals;
    }

    /// <summary><paramref name="count"/> searches: the mix over and over, each round in its own fixed shuffled order.</summary>
    public static IEnumerable<BenchQuery> Order(IReadOnlyList<BenchQuery> mix, int count)
    {
        var random = new Random(1);
        var round = mix.ToArray();
        for (var done = 0; done < count; done++)
        {
            if (done % round.Length == 0)
            {
                random.Shuffle(round);
            }

            yield return round[done % round.Length];
        }
    }

    /// <summary>Runs one search; its latency and the CPU time it took on this thread (the engine answers without leaving it).</summary>
    public static async Task<(double Milliseconds, double CpuMilliseconds, SearchResults Results)> TimeAsync(ISearchEngine engine, SearchRequest request)
    {
        var cpu = ThreadCpu.Milliseconds();
        var started = Stopwatch.GetTimestamp();
        var results = await engine.SearchAsync(request, CancellationToken.None);
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, ThreadCpu.Milliseconds() - cpu, results);
    }
}
