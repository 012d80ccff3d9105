using System.Collections.Concurrent;

namespace Federation.Api.GraphQL.RateLimits;

/// <summary>Cost counts kept in this process: the limit holds per node. Counts of past minutes are dropped as minutes pass. Public: the host's Redis counter falls back to it while Redis is away.</summary>
public sealed class InProcessCostCounter : ICostCounter
{
    readonly ConcurrentDictionary<(string Caller, long Minute), long> counts = new();
    long newest;

    public Task<long> AddAsync(string caller, long minute, long cost, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref newest, minute) < minute)
        {
            foreach (var old in counts.Keys.Where(k => k.Minute < minute))
            {
                counts.TryRemove(old, out _);
            }
        }

        return Task.FromResult(counts.AddOrUpdate((caller, minute), cost, (_, count) => count + cost));
    }

    public Task<long> ReadAsync(string caller, long minute, CancellationToken cancellationToken) =>
        Task.FromResult(counts.GetValueOrDefault((caller, minute)));
}
