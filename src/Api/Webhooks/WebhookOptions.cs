namespace Federation.Api.Webhooks;

/// <summary>How webhooks are sent (<c>Webhooks:*</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// The scheme, host and path base of the public site, which the item URLs in webhook bodies start
    /// with, e.g. <c>https://www.example.org</c>. Default: the first address in <c>Urls</c>, else
    /// <c>http://localhost:5000</c>; set it wherever the site is public.
    /// </summary>
    public string? SiteOrigin { get; set; }

    /// <summary>How long a receiver has to answer. Default 10 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before the first retry; each retry waits twice as long as the one before, give or take a tenth. Default 30 seconds.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts. Default 1 hour.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after the event a delivery is still attempted; then it is marked failed. Default 24 hours.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often a node that runs schedules looks for new events and due deliveries. Default 2 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many deliveries one node sends at once. Default 4.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 4;
}
