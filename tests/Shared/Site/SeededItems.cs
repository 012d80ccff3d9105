using System.Text.Json;

namespace Federation.Tests.Site;

/// <summary>The items of content-export as a reader should find them on the site.</summary>
public sealed record SeededItem(string Folder, string Section, string Id, IReadOnlyDictionary<string, (string Title, string Slug)> Cultures)
{
    static readonly Dictionary<string, string> Sections = new()
    {
        ["news"] = "news", ["forums"] = "forums", ["standards"] = "standards", ["courses"] = "training", ["showcases"] = "brand", ["pages"] = "about",
    };

    public static IReadOnlyList<SeededItem> All { get; } = Load();

    public string Url(string culture) => (culture == "en" ? "/en/" : "/") + Section + "/" + Cultures[culture].Slug;

    static List<SeededItem> Load() =>
    [
        .. Sections.Keys.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.ContentExport, folder), "*.json")
            .Select(file =>
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var cultures = json.RootElement.GetProperty("cultures").EnumerateObject().ToDictionary(
                    c => c.Name, c => (c.Value.GetProperty("title").GetString()!, c.Value.GetProperty("slug").GetString()!));
                return new SeededItem(folder, Sections[folder], json.RootElement.GetProperty("id").GetString()!, cultures);
            })),
    ];
}
