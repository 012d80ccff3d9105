using Microsoft.Playwright;

namespace Federation.E2E.Support;

/// <summary>
/// Full-page screenshots for people to look at, in <c>TestResults/screenshots/</c> at the
/// repository root (or <c>FEDERATION_SCREENSHOTS</c>): <c>{culture}/{page}.{phone|desktop}.png</c>.
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("FEDERATION_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : System.IO.Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string culture, string name)
    {
        var width = page.ViewportSize?.Width <= Chromium.Phone.Width ? "phone" : "desktop";
        var path = System.IO.Path.Combine(Folder, culture, $"{name}.{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
