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
}
