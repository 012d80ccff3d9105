using System.Text.Encodings.Web;
using System.Text.Json;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>How request bodies are written: compact, and Chinese as UTF-8 rather than <c>\u</c> escapes (bodies go to a cluster, never into HTML).</summary>
internal static class ClusterJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static JsonSerializerOptions SerializerOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };
}

/// <summary>The words of an Elasticsearch error object (<c>{"type": …, "reason": …, "caused_by": {…}}</c>).</summary>
internal static class ClusterError
{
    /// <summary>The <c>error</c> of an error response, described.</summary>
    public static string Of(JsonElement response) =>
        response.Field("error") is { ValueKind: JsonValueKind.Object or JsonValueKind.String } error ? Describe(error) : "no reason given";

    public static string Describe(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.String)
        {
            return error.GetString()!;
        }

        var type = Text(error, "type");
        var reason = Text(error, "reason");
        var described = type is null ? reason ?? "no reason given" : reason is null ? type : $"{type}: {reason}";
        return error.Field("caused_by") is { ValueKind: JsonValueKind.Object } cause ? $"{described} (caused by {Describe(cause)})" : described;
    }

    static string? Text(JsonElement error, string name) => error.Field(name).StringOrNull();
}
