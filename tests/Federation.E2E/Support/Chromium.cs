using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Federation.E2E.Support.Chromium))]

namespace Federation.E2E.Support;

/// <summary>
/// Debian's chromium, started once for the whole run and driven by Playwright. Playwright's own
/// browser download is never used: it fails on this network. Each test opens its own context, so
/// no cookie, storage or viewport leaks from one test to another.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian installs it (package <c>chromium</c>).</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A phone (390×844, the common iPhone size) and a desktop.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <inheritdoc cref="Phone"/>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

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

    /// <summary>A fresh browser context on <paramref name="site"/>: its own cookies and storage, the given screen, Chinese as the reader's language.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri site, ViewportSize? viewport = null, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.ToString(),
            ViewportSize = viewport ?? Desktop,
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
