namespace Federation.Cms.Search;

/// <summary>How far a rebuild of the search index has come.</summary>
/// <param name="Done">Items indexed so far.</param>
/// <param name="Total">Items to index.</param>
/// <param name="Started">When it started.</param>
/// <param name="Finished">When the new index went live, or the rebuild failed; null while it runs.</param>
/// <param name="Error">Why it failed, in words an administrator can act on; null when it did not.</param>
public sealed record RebuildProgress(int Done, int Total, DateTimeOffset Started, DateTimeOffset? Finished = null, string? Error = null)
{
    /// <summary>Whether it is still running.</summary>
    public bool IsRunning => Finished is null;

    /// <summary>The share done, 0 to 1.</summary>
    public double Fraction => Total == 0 ? (IsRunning ? 0 : 1) : Math.Min(1, (double)Done / Total);
}
