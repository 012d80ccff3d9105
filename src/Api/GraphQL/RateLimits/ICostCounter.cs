namespace Federation.Api.GraphQL.RateLimits;

/// <summary>
/// Counts the query cost each caller spent in each minute. The host keeps the counts in Redis when
/// several nodes serve, so a caller's limit holds across them; otherwise in this process.
/// </summary>
public interface ICostCounter
{
    /// <summary>Adds <paramref name="cost"/> to <paramref name="caller"/>'s count for <paramref name="minute"/> and returns the new count.</summary>
    Task<long> AddAsync(string caller, long minute, long cost, CancellationToken cancellationToken);

    /// <summary>The count of <paramref name="caller"/> for <paramref name="minute"/> so far.</summary>
    Task<long> ReadAsync(string caller, long minute, CancellationToken cancellationToken);
}
