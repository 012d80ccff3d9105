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

    /// <summary>Starts a node with <paramref name="store"/> as its content store and <paramref name="redis"/> (or none).</summary>
    public static Node Start(string store, string? redis, TimeSpan changeLogPoll) => new(FederationSite.With(new Dictionary<string, string>
    {
        ["ConnectionStrings:Content"] = store,
        ["ConnectionStrings:Redis"] = redis ?? "",
        ["Content:ChangeLogPollInterval"] = changeLogPoll.ToString(),
    }));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }
}
