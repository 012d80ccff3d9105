using System.Globalization;
using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>The <c>_source</c> of a document, in the fields <see cref="IndexDefinition"/> maps.</summary>
internal static class DocumentSource
{
    public static JsonObject Of(SearchDocument document)
    {
        var summary = Clean(document.Summary);
        var body = Clean(document.Body);
        var attachment = Clean(document.Attachment);
        var source = new JsonObject
        {
            [IndexFields.Key] = document.Key,
            [IndexFields.Id] = document.Id.ToString("D"),
            [IndexFields.Culture] = document.Culture,
            [IndexFields.Type] = document.Type.ToString(),
            [IndexFields.Title] = Clean(document.Title),
            [IndexFields.Summary] = summary,
            [IndexFields.Tags] = new JsonArray([.. document.Tags.Select(t => JsonValue.Create(Clean(t)))]),
            [IndexFields.Body] = body,
            [IndexFields.Attachment] = attachment,
            [IndexFields.Stamp] = document.Stamp,
            [IndexFields.Ends] = new JsonObject
            {
                [IndexFields.Summary] = PassageEnds.Of(summary),
                [IndexFields.Body] = PassageEnds.Of(body),
                [IndexFields.Attachment] = PassageEnds.Of(attachment),
            },
        };
        if (document.Code is { } code)
        {
            source[IndexFields.Code] = code;
        }

        if (document.Date is { } date)
        {
            // Milliseconds and the item's own offset: what the date type's default format reads.
            source[IndexFields.Date] = date.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
            source[IndexFields.Year] = date.Year;
        }

        return source;
    }

    /// <summary>The text without the characters highlights are marked with, so a document's own text can never pass for a mark.</summary>
    static string Clean(string text) =>
        text.AsSpan().IndexOfAny(HighlightMarks.Open, HighlightMarks.Close) < 0
            ? text
            : text.Replace(HighlightMarks.Open.ToString(), "", StringComparison.Ordinal).Replace(HighlightMarks.Close.ToString(), "", StringComparison.Ordinal);
}
