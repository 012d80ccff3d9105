using System.Text;
using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Media;
using Federation.Cms.Transfer;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Federation.Tests.Site;

/// <summary>A content-export folder a test writes and imports, as an editor's import would: items with their media files.</summary>
internal sealed class ImportBatch : IDisposable
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Folder { get; } = Directory.CreateTempSubdirectory("federation-batch-").FullName;

    public MediaItem AddMedia(string file, string contentType, byte[] bytes, string? alt = null, string? caption = null, string? credit = null, int? width = null, int? height = null, MediaText? english = null, FocalPoint? focalPoint = null)
    {
        var cultures = new Dictionary<string, MediaText> { [Cultures.Chinese] = new MediaText { Alt = alt, Caption = caption } };
        if (english is not null)
        {
            cultures[Cultures.English] = english;
        }

        var media = new MediaItem
        {
            Id = Guid.NewGuid(), File = file, ContentType = contentType, Size = bytes.Length, Width = width, Height = height, FocalPoint = focalPoint, Credit = credit, Cultures = cultures,
        };
        Directory.CreateDirectory(Path.Combine(Folder, "media", media.Id.ToString()));
        File.WriteAllBytes(Path.Combine(Folder, "media", media.Id.ToString(), file), bytes);
        File.WriteAllText(Path.Combine(Folder, "media", $"{media.Id}.json"), JsonSerializer.Serialize(media, ContentJson.Options), Utf8);
        return media;
    }

    /// <summary>Adds an item, first published at <paramref name="published"/> when given.</summary>
    public void AddItem(ContentDocument document, ContentStatus status, DateTimeOffset? published = null)
    {
        var folder = Path.Combine(Folder, ContentTypeInfo.Of(document.Type).Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, document.ChineseText.Slug + ".json"),
            ContentJson.Serialize(document, new ItemState(status, null, null, published)) + "\n", Utf8);
    }

    public Task ImportAsync(FederationSite site) => site.Services.GetRequiredService<ContentImporter>().ImportAsync(Folder);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>A valid 1×1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A one-page PDF that the indexer can read.</summary>
    public static byte[] Pdf { get; } = PdfSaying("The full text of a group standard.");

    /// <summary>A one-page PDF whose text is <paramref name="text"/>.</summary>
    public static byte[] PdfSaying(string text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText(text, 11, new PdfPoint(40, 760), font);
        return builder.Build();
    }
}
