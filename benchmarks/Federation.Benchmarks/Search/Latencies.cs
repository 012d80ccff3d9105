namespace Federation.Benchmarks.Search;

/// <summary>Measured times in milliseconds, and their percentiles (nearest rank).</summary>
internal sealed class Latencies
{
    readonly List<double> times = [];
    double[]? sorted;

    public int Count => times.Count;

    public void Add(double milliseconds)
    {
        times.Add(milliseconds);
        sorted = null;
    }

    /// <summary>The time that <paramref name="share"/> of the measurements are at or under, e.g. 0.95.</summary>
    public double Percentile(double share)
    {
        sorted ??= [.. times.Order()];
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => Percentile(1);

    public double Mean => times.Count == 0 ? double.NaN : times.Average();

    /// <summary>"p50 … p95 … p99 … max …", in milliseconds.</summary>
    public override string ToString() =>
        $"p50 {Percentile(0.5),6:0.00} ms  p95 {Percentile(0.95),6:0.00} ms  p99 {Percentile(0.99),6:0.00} ms  max {Max,7:0.00} ms";
}
