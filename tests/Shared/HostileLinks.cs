using System.Globalization;
using System.Text.Json;

namespace Federation.Tests.Shared;

/// <summary>Addresses that would run script or leave the site, in the disguises a hostile-input corpus tries.</summary>
internal static class HostileLinks
{
    const string DraftingGuide = "shanghai-modern-service-group-standard-drafting-guide";

    public static IReadOnlyList<string> All { get; } =
    [
        "javascript:alert(document.domain)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0001javascript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "\u200Bjavascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "//evil.example/",
        "/\\evil.example/",
        "javascript&#58;alert(1)",
        "&#106;avascript:alert(1)",
        "javascript&colon;alert(1)",
        "https://www.ttbz.org.cn@evil.example/",
        "https:evil.example",
    ];

    /// <summary>
    /// The drafting guide of content-export (a standard with no national registration) as the file of
    /// another standard whose registration link is <paramref name="url"/>; <paramref name="index"/> gives
    /// it an id and slug of its own, so several go in one batch.
    /// </summary>
    public static (string RelativePath, string Json) Standard(string url, int index)
    {
        var slug = string.Create(CultureInfo.InvariantCulture, $"hostile-link-{index}");
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.ContentExport, "standards", DraftingGuide + ".json"))
            .Replace("0a5ae64c-ec81-460c-a161-ec3d30a96e5c", string.Create(CultureInfo.InvariantCulture, $"0a5ae64c-ec81-460c-a161-{index:D12}"), StringComparison.Ordinal)
            .Replace($"\"slug\": \"{DraftingGuide}\"", $"\"slug\": \"{slug}\"", StringComparison.Ordinal)
            .Replace("\"nationalRegistrationUrl\": null", $"\"nationalRegistrationUrl\": {JsonSerializer.Serialize(url)}", StringComparison.Ordinal);
        return (Path.Combine("standards", slug + ".json"), json);
    }
}
