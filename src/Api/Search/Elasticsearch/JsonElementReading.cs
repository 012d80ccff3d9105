using System.Text.Json;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>Reading Elasticsearch's answers without throwing on a field that is missing or of another kind.</summary>
internal static class JsonElementReading
{
    /// <summary>The property <paramref name="name"/>, or an undefined element when there is none.</summary>
    public static JsonElement Field(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    /// <summary>The items of an array, or none.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    public static string? StringOrNull(this JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    public static int? Int32OrNull(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) ? value : null;

    public static double? DoubleOrNull(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Number ? element.GetDouble() : null;
}
