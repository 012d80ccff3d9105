namespace Federation.Cms.Partners;

/// <summary>Options of the partner registry, bound from the <c>Partners</c> section.</summary>
public sealed class PartnerOptions
{
    /// <summary>
    /// How often every node reads the registry (keys, origins, trusted documents) again, so a change
    /// made on another node is honoured within this time. The node where it was made reloads at once.
    /// Default 30 seconds.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);
}
