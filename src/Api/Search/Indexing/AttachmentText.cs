using System.Collections.Concurrent;
using Federation.Cms.Media;
using Federation.Cms.Transfer;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Federation.Api.Search.Indexing;

/// <summary>
/// The words of a PDF (a standard's full text), read with PdfPig and kept per file: a media file never
/// changes under its id and name, so each is read once per node. A PDF that cannot be read gives no
/// words, and a warning; the item is still indexed by its other fields.
/// </summary>
internal sealed partial class AttachmentText(MediaFiles files, ILogger<AttachmentText> logger)
{
    /// <summary>The most characters of one PDF indexed; the rest is rarely what readers search for.</summary>
    public const int MaxLength = 200_000;

    readonly ConcurrentDictionary<(Guid, string, long), string> read = new();

    public string Of(MediaItem media) =>
        media.ContentType != "application/pdf" ? "" : read.GetOrAdd((media.Id, media.File, media.Size), _ => Read(media));

    string Read(MediaItem media)
    {
        var path = files.PathOf(media.Id, media.File);
        try
        {
            using var pdf = PdfDocument.Open(path);
            var text = new System.Text.StringBuilder();
            foreach (var page in pdf.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
                if (text.Length >= MaxLength)
                {
                    break;
                }
            }

            return PlainText.Collapse(text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogUnreadable(e, media.Id, media.File);
            return "";
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Could not read the text of {Id}/{File}; it is indexed without it")]
    partial void LogUnreadable(Exception exception, Guid id, string file);
}
