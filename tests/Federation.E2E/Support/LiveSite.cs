using Microsoft.Playwright;

namespace Federation.E2E.Support;

/// <summary>
/// The whole host on Kestrel at a free loopback port, on a store of its own seeded from
/// content-export as on a fresh machine, plus the test specimens. One per test class.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    readonly FederationSite host = new();

    public Uri Origin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Origin = host.StartOnLoopback();
        await Specimens.ImportAsync(host);
    }

    /// <summary>A new page in a fresh context of <paramref name="chromium"/>, on this site.</summary>
    public async Task<IPage> OpenAsync(Chromium chromium, string path, ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await chromium.NewContextAsync(Origin, viewport, javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
