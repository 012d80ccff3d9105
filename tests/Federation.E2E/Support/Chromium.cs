using System.Collections.Concurrent;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Federation.E2E.Support.Chromium))]
[assembly: Federation.E2E.Support.ClosesBrowserContexts]

namespace Federation.E2E.Support;

/// <summary>
/// Debian's chromium, started once for the whole run and driven by Playwright. Playwright's own
/// browser download is never used: it fails on this network. Each test opens its own context, so
/// no cookie, storage or viewport leaks from one test to another, and its contexts are closed when
/// it ends (<see cref="ClosesBrowserContextsAttribute"/>): left open, every page of the run would
/// keep a renderer process, over 250 by the end, until pages stop loading in time.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian installs it (package <c>chromium</c>).</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A phone (390×844, the common iPhone size) and a desktop.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <inheritdoc cref="Phone"/>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>The contexts each running test has opened, by the test's unique id.</summary>
    static readonly ConcurrentDictionary<string, ConcurrentBag<IBrowserContext>> openedByTest = new();

    IPlaywright? playwright;
    IBrowser? browser;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium has not started.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium and fonts-noto-cjk (tests/run does so as root).");
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Without the background-networking flags chromium keeps calling Google's hosts, which this network refuses.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context on <paramref name="site"/>: its own cookies and storage, the given screen, Chinese as the reader's language. It closes when the test ends.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri site, ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            ViewportSize = viewport ?? Desktop,
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        var test = TestContext.Current.Test?.UniqueID ?? throw new InvalidOperationException("Browser contexts are opened by tests, which close them when they end.");
        openedByTest.GetOrAdd(test, _ => []).Add(context);
        return context;
    }

    /// <summary>Closes the contexts that <paramref name="test"/> opened (closing one the test closed itself does nothing).</summary>
    internal static async ValueTask CloseContextsOfAsync(string test)
    {
        if (openedByTest.TryRemove(test, out var contexts))
        {
            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
