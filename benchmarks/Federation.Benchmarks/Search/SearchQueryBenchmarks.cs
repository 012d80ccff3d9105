using BenchmarkDotNet.Attributes;
using Federation.Api.Search.Engine;
using Federation.Api.Search.Lucene;

namespace Federation.Benchmarks.Search;

/// <summary>
/// The mean time and allocations of each search of <see cref="SearchQueries"/> against the kept index of 100,000
/// items (built first if missing: run <c>search-index 100000</c> before, or the first benchmark builds it). The goal
/// is a 95th percentile under 20 ms, which <c>search-latency</c> measures; see docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class SearchQueryBenchmarks
{
    LuceneEngine engine = null!;
    SearchRequest request = null!;

    [Params(100_000)]
    public int Items { get; set; }

    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Queries => SearchQueries.Mix(100_000).Select(q => q.Name);

    [GlobalSetup]
    public void Setup()
    {
        engine = BenchIndex.OpenAsync(Items).GetAwaiter().GetResult();
        request = SearchQueries.Mix(Items).Single(q => q.Name == Query).Request;
    }

    [GlobalCleanup]
    public void Cleanup() => engine.Dispose();

    [Benchmark]
    public Task<SearchResults> Search() => engine.SearchAsync(request, CancellationToken.None);
}
