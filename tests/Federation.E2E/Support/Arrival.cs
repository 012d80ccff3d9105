using System.Diagnostics;
using Microsoft.Playwright;

namespace Federation.E2E.Support;

/// <summary>
/// Waiting for the page a click, a key or a form leads to. Playwright's <c>WaitForURLAsync</c> waits for its
/// navigation and load events; in full runs under load it sometimes never saw the load event of a page that
/// had loaded (its log showed the network idle, which comes after it). These wait by looking instead: the
/// page's address, then <c>document.readyState</c> in the page. A page that never arrives or never loads
/// still fails, and the message says where the browser was.
/// </summary>
internal static class Arrival
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Waits until the page is at <paramref name="url"/> (absolute, or a path on the page's site) and it has loaded.</summary>
    public static Task ArriveAtAsync(this IPage page, string url) => page.ArriveAsync(at =>
        at == url || (Uri.TryCreate(at, UriKind.Absolute, out var address) && address.PathAndQuery == url), url);

    /// <summary>Waits until the page's address satisfies <paramref name="arrived"/> and it has loaded.</summary>
    public static async Task ArriveAsync(this IPage page, Func<string, bool> arrived, string? expected = null)
    {
        var clock = Stopwatch.StartNew();
        while (!arrived(page.Url) || !await HasLoadedAsync(page))
        {
            if (clock.Elapsed > Limit)
            {
                var state = await ReadyStateAsync(page);
                throw new TimeoutException($"After {Limit.TotalSeconds} s the page is at {page.Url} (document {state}), not yet at {expected ?? "the page expected"}.");
            }

            await Task.Delay(50);
        }
    }

    static async Task<bool> HasLoadedAsync(IPage page) => await ReadyStateAsync(page) == "complete";

    static async Task<string> ReadyStateAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("() => document.readyState");
        }
        catch (PlaywrightException)
        {
            // The document was being replaced (its context destroyed mid-call): not loaded yet.
            return "being replaced";
        }
    }
}
