namespace Federation.Cms.Hosting;

/// <summary>Options of the content store's start-up, bound from the <c>Content</c> section.</summary>
public sealed class ContentOptions
{
    /// <summary>
    /// The content-export folder imported on first start into an empty store. Default: null, which
    /// means the nearest <c>content-export</c> folder in the content root or a folder above it.
    /// </summary>
    public string? SeedPath { get; set; }

    /// <summary>Whether an empty store imports <see cref="SeedPath"/> at start-up. Default true.</summary>
    public bool ImportSeedIntoEmptyStore { get; set; } = true;

    /// <summary>
    /// How often each node reads the change log (the outbox) for what other nodes published. Signals
    /// over Redis usually bring changes sooner; this is the catch-up when one is lost. Default 1 second.
    /// </summary>
    public TimeSpan ChangeLogPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether this node runs due scheduled publishes and unpublishes. Default true; the host turns it
    /// off on nodes without the <c>cms</c> role. Several nodes may run them: each schedule still runs once.
    /// </summary>
    public bool RunSchedules { get; set; } = true;
}
