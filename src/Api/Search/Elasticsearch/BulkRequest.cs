using System.Buffers;
using System.Text.Json;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>
/// Bodies of <c>POST /{index}/_bulk</c>: newline-delimited JSON, an action line per document
/// (<c>_id</c> = <see cref="SearchDocument.Key"/>), its source line after an <c>index</c> action,
/// and a newline after the last line, as the bulk API requires. Long runs are cut into bodies of
/// about <see cref="TargetBytes"/> (a standard's full text makes one document large).
/// See https://www.elastic.co/guide/en/elasticsearch/reference/8.15/docs-bulk.html
/// </summary>
internal static class BulkRequest
{
    /// <summary>Bodies stop growing past this size: far below <c>http.max_content_length</c> (100 MB by default).</summary>
    public const int TargetBytes = 8 * 1024 * 1024;

    public static IEnumerable<ReadOnlyMemory<byte>> Index(IEnumerable<SearchDocument> documents) =>
        Bodies(documents, (writer, document) =>
        {
            WriteAction(writer, "index", document.Key);
            WriteLine(writer, w => DocumentSource.Of(document).WriteTo(w, ClusterJson.SerializerOptions));
        });

    /// <summary>Deletes of every culture's document of each item; a document that is not there is no error.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Delete(IEnumerable<Guid> ids) =>
        Bodies(ids.SelectMany(id => Cultures.All.Select(culture => SearchDocument.KeyOf(id, culture))), (writer, key) => WriteAction(writer, "delete", key));

    static IEnumerable<ReadOnlyMemory<byte>> Bodies<T>(IEnumerable<T> entries, Action<ArrayBufferWriter<byte>, T> write)
    {
        var body = new ArrayBufferWriter<byte>();
        foreach (var entry in entries)
        {
            write(body, entry);
            if (body.WrittenCount >= TargetBytes)
            {
                yield return body.WrittenMemory;
                body = new ArrayBufferWriter<byte>();
            }
        }

        if (body.WrittenCount > 0)
        {
            yield return body.WrittenMemory;
        }
    }

    static void WriteAction(ArrayBufferWriter<byte> body, string action, string id) =>
        WriteLine(body, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject(action);
            writer.WriteString("_id", id);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    static void WriteLine(ArrayBufferWriter<byte> body, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(body, ClusterJson.WriterOptions))
        {
            write(writer);
        }

        body.Write("\n"u8);
    }
}
