namespace Federation.Api.GraphQL;

/// <summary>Limits of the public GraphQL API (<c>GraphQL:*</c>), with safe defaults.</summary>
public sealed class GraphQLOptions
{
    /// <summary>How long one request may execute. Default 5 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest POST body, in bytes; a larger one is refused with 413. Default 256 KB.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How deeply fields may nest, counting fragments spread out. Default 15, which the standard introspection query needs.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// How many fields a document may select, counted in the document with its fragments spread
    /// out (aliases count; list sizes do not). Default 1,000, far above what a page needs. It keeps
    /// alias and fragment bombs from costing validation seconds before their cost is known.
    /// </summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>
    /// The highest cost one operation may have. Each field costs 1, multiplied by the page sizes of
    /// the lists above it (20 when a list's size is not given). Default 20,000: a page of 100 items
    /// with 40 fields each, their cover and five related items fits.
    /// </summary>
    public int MaxCost { get; set; } = 20_000;

    /// <summary>
    /// Whether answers are kept for a minute and given again to the same request until the next
    /// publish. Default true; turn off only to measure execution.
    /// </summary>
    public bool CacheResults { get; set; } = true;

    /// <summary>
    /// The query cost an anonymous caller (no API key) may spend per minute, counted per address.
    /// Default 10,000: about sixty 20-item lists. Partners get their own limit with their key.
    /// </summary>
    public int AnonymousCostPerMinute { get; set; } = 10_000;
}
