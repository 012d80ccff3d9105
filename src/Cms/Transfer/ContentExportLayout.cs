using System.Text;
using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Media;

namespace Federation.Cms.Transfer;

/// <summary>Where files go in a content-export folder and how their bytes look (docs/content-export.md).</summary>
internal static class ContentExportLayout
{
    public const string MediaFolder = "media";

    static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every folder the format owns.</summary>
    public static IEnumerable<string> Folders => ContentTypeInfo.All.Select(t => t.Folder).Append(MediaFolder);

    public static string ItemPath(ContentDocument document) =>
        Path.Combine(ContentTypeInfo.Of(document.Type).Folder, document.ChineseText.Slug + ".json");

    public static string MediaMetadataPath(Guid id) => Path.Combine(MediaFolder, $"{id}.json");

    public static string MediaFilePath(MediaItem media) => Path.Combine(MediaFolder, media.Id.ToString(), media.File);

    public static byte[] ItemBytes(ContentDocument document, ItemState state) =>
        Utf8NoBom.GetBytes(ContentJson.Serialize(document, state) + "\n");

    public static byte[] MediaBytes(MediaItem media) =>
        Utf8NoBom.GetBytes(JsonSerializer.Serialize(Normalized(media), ContentJson.Options) + "\n");

    /// <summary>The media item with its cultures in the fixed order.</summary>
    public static MediaItem Normalized(MediaItem media) => media with
    {
        Cultures = Cultures.All.Where(media.Cultures.ContainsKey).ToDictionary(c => c, c => media.Cultures[c]),
    };
}
