using System.Diagnostics;
using Federation.Api.Search.Engine;

namespace Federation.Benchmarks.Search;

/// <summary>
/// <c>search-rebuild &lt;items&gt; [queries]</c>: whether a rebuild blocks searching. A searcher on a thread of its own
/// runs the mix of <see cref="SearchQueries"/> against the live index, first with nothing else running, then
/// while a rebuild of the whole index (the same items) runs and swaps in, until a few hundred searches after the
/// swap. Since the rebuilt index holds the same items, every search must find exactly what it found before.
/// Prints both runs' latencies, every answer that differs or is empty, and the searches around the swap.
/// </summary>
internal static class SearchDuringRebuild
{
    const int AfterSwap = 300;

    public static async Task<int> RunAsync(int items, int queries)
    {
        using var engine = await BenchIndex.OpenAsync(items);
        var mix = SearchQueries.Mix(items);
        var expected = await SearchLatency.WarmUpAsync(engine, mix);

        var idle = new Searcher(engine, mix, expected);
        idle.Run(() => idle.Count >= queries);
        Console.WriteLine($"no rebuild:     {idle}");

        var during = new Searcher(engine, mix, expected);
        long swapEnded = 0;
        var searching = new Thread(() => during.Run(() => Volatile.Read(ref swapEnded) is not 0 and var end && during.CountSince(end) >= AfterSwap)) { Name = "searcher" };
        searching.Start();
        var build = await Task.Run(() => BenchIndex.BuildAsync(engine, items));
        var ended = Stopwatch.GetTimestamp();
        var swapStarted = ended - (long)(build.Swapping.TotalSeconds * Stopwatch.Frequency);
        Volatile.Write(ref swapEnded, ended);
        searching.Join();

        Console.WriteLine($"rebuild while searching: {build}");
        var building = during.Between(0, swapStarted);
        var swap = during.Between(swapStarted, ended);
        var after = during.Between(ended, long.MaxValue);
        Console.WriteLine($"with rebuild:   {during}");
        Console.WriteLine($"during rebuild: {Searcher.Summary(building)}");
        Console.WriteLine($"during swap:    {Searcher.Summary(swap)}");
        Console.WriteLine($"after swap:     {Searcher.Summary(after)}; the first {Math.Min(20, after.Count)}: " +
            $"{string.Join(" ", after.Take(20).Select(a => a.Milliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        foreach (var wrong in during.Wrong.Take(10))
        {
            Console.WriteLine($"  WRONG: {wrong}");
        }

        return idle.Wrong.Count + during.Wrong.Count == 0 ? 0 : 1;
    }

    /// <summary>Runs the mix in a loop, timing each search and checking what it found against <paramref name="expected"/>.</summary>
    sealed class Searcher(ISearchEngine engine, IReadOnlyList<BenchQuery> mix, IReadOnlyDictionary<BenchQuery, (int Total, int Hits)> expected)
    {
        readonly List<(long At, double Milliseconds)> answers = [];

        public List<string> Wrong { get; } = [];

        public int Count => answers.Count;

        public int CountSince(long at) => answers.Count(a => a.At >= at);

        public void Run(Func<bool> done)
        {
            foreach (var query in SearchLatency.Order(mix, int.MaxValue))
            {
                if (done())
                {
                    return;
                }

                var at = Stopwatch.GetTimestamp();
                try
                {
                    var (milliseconds, _, results) = SearchLatency.TimeAsync(engine, query.Request).GetAwaiter().GetResult();
                    answers.Add((at, milliseconds));
                    if ((results.Total, results.Hits.Count) != expected[query])
                    {
                        Wrong.Add($"\"{query}\" found {results.Total} with {results.Hits.Count} on its page, instead of {expected[query]}");
                    }
                }
                catch (Exception e)
                {
                    answers.Add((at, Stopwatch.GetElapsedTime(at).TotalMilliseconds));
                    Wrong.Add($"\"{query}\" threw {e.GetType().Name}: {e.Message}");
                }
            }
        }

        /// <summary>The searches that started in [<paramref name="from"/>, <paramref name="to"/>), or ran across <paramref name="from"/>.</summary>
        public List<(long At, double Milliseconds)> Between(long from, long to) =>
            [.. answers.Where(a => a.At < to && a.At + (long)(a.Milliseconds / 1000 * Stopwatch.Frequency) >= from)];

        public static string Summary(List<(long At, double Milliseconds)> some)
        {
            var latencies = new Latencies();
            some.ForEach(a => latencies.Add(a.Milliseconds));
            return $"{some.Count,5} searches  {latencies}";
        }

        public override string ToString() => $"{Summary(answers)}; {Wrong.Count} wrong or empty answers";
    }
}
