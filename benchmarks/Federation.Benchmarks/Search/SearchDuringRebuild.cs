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
        var paused = GC.GetTotalPauseDuration();
        // The engine retries a search that a swap's closing of the old index interrupted; the exceptions say how often.
        var thrown = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        AppDomain.CurrentDomain.FirstChanceException += (_, e) => thrown.AddOrUpdate($"{e.Exception.GetType().Name} at {Stopwatch.GetTimestamp()}", 1, (_, n) => n + 1);
        long swapEnded = 0;
        var searching = new Thread(() => during.Run(() => Volatile.Read(ref swapEnded) is not 0 and var end && during.CountSince(end) >= AfterSwap)) { Name = "searcher" };
        searching.Start();
        var build = await Task.Run(() => BenchIndex.BuildAsync(engine, items));
        var ended = Stopwatch.GetTimestamp();
        var swapStarted = ended - (long)(build.Swapping.TotalSeconds * Stopwatch.Frequency);
        Volatile.Write(ref swapEnded, ended);
        searching.Join();

        paused = GC.GetTotalPauseDuration() - paused;
        Console.WriteLine($"rebuild while searching: {build}");
        var building = during.Between(0, swapStarted);
        var swap = during.Between(swapStarted, ended);
        var after = during.Between(ended, long.MaxValue);
        Console.WriteLine($"with rebuild:   {during}");
        Console.WriteLine($"during rebuild: {Searcher.Summary(building)}");
        Console.WriteLine($"during swap:    {Searcher.Summary(swap)}");
        Console.WriteLine($"after swap:     {Searcher.Summary(after)}; the first {Math.Min(20, after.Count)}: " +
            $"{string.Join(" ", after.Take(20).Select(a => a.Milliseconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        var slowest = during.Slowest;
        Console.WriteLine($"the slowest search took {slowest.Milliseconds:0} ms ({during.PausedDuring(slowest.At).TotalMilliseconds:0} ms of it the garbage collector's pauses), " +
            $"starting {Stopwatch.GetElapsedTime(ended, slowest.At).TotalSeconds:+0.000;-0.000} s from the swap's end; " +
            $"the garbage collector paused the process {paused.TotalMilliseconds:0} ms in all during the rebuild");
        foreach (var exception in thrown.Keys.Order())
        {
            var parts = exception.Split(" at ");
            Console.WriteLine($"  thrown: {parts[0]} {Stopwatch.GetElapsedTime(ended, long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)).TotalSeconds:+0.000;-0.000} s from the swap's end");
        }

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
        readonly Dictionary<long, TimeSpan> gcPauses = [];

        public List<string> Wrong { get; } = [];

        public int Count => answers.Count;

        public int CountSince(long at) => answers.Count(a => a.At >= at);

        public (long At, double Milliseconds) Slowest => answers.MaxBy(a => a.Milliseconds);

        /// <summary>How long the garbage collector paused the process while the search that started at <paramref name="at"/> ran.</summary>
        public TimeSpan PausedDuring(long at) => gcPauses.GetValueOrDefault(at);

        public void Run(Func<bool> done)
        {
            foreach (var query in SearchLatency.Order(mix, int.MaxValue))
            {
                if (done())
                {
                    return;
                }

                var at = Stopwatch.GetTimestamp();
                var paused = GC.GetTotalPauseDuration();
                try
                {
                    var (milliseconds, _, results) = SearchLatency.TimeAsync(engine, query.Request).GetAwaiter().GetResult();
                    answers.Add((at, milliseconds));
                    gcPauses[at] = GC.GetTotalPauseDuration() - paused;
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
