namespace Federation.Cms.Content;

/// <summary>The cultures the site is written in. zh-CN is required on every item, en is optional.</summary>
public static class Cultures
{
    /// <summary>Simplified Chinese, the site's main culture, served at <c>/</c>.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English, served under <c>/en</c>.</summary>
    public const string English = "en";

    /// <summary>Every supported culture, in the order files and pages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    /// <summary>Whether <paramref name="culture"/> is one the site supports.</summary>
    public static bool IsSupported(string culture) => culture is Chinese or English;
}
