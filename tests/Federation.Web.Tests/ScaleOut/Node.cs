namespace Federation.Web.Tests.ScaleOut;

/// <summary>One instance of the host on a loopback port of its own, and a client for it.</summary>
internal sealed class Node : IAsyncDisposable
{
    Node(FederationSite site)
    {
        Site = site;
        Client = new HttpClient { BaseAddress = site.StartOnLoopback() };
    }

    public FederationSite Site { get; }

    public HttpClient Client { get; }

    public Uri Origin => Client.BaseAddress!;

    /// <summary>Starts a node with <paramref name="store"/> as its content store and <paramref name="redis"/> (or none), and any <paramref name="more"/> settings.</summary>
    public static Node Start(string store, string? redis, TimeSpan changeLogPoll, IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Content"] = store,
            ["ConnectionStrings:Redis"] = redis ?? "",
            ["Content:ChangeLogPollInterval"] = changeLogPoll.ToString(),
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        return new(FederationSite.With(settings));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }
}
