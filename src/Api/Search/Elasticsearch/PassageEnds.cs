using System.Text.Json;
using System.Text.Json.Nodes;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>
/// The first and last characters of a long field, kept beside it in <c>_source</c>: a highlighted
/// passage gets "…" at an end only where it was cut, and Elasticsearch returns the passage alone,
/// not where it lies in the field. Comparing the passage's ends with these tells, without fetching
/// the whole text (a standard's full text runs to megabytes).
/// </summary>
internal static class PassageEnds
{
    /// <summary>How many characters are kept of each end; a passage begins or ends the field when these match.</summary>
    const int Length = 24;

    const string First = "first";
    const string Last = "last";

    public static JsonObject Of(string text)
    {
        var trimmed = text.Trim();
        return new JsonObject
        {
            [First] = trimmed[..Math.Min(Length, trimmed.Length)],
            [Last] = trimmed[Math.Max(0, trimmed.Length - Length)..],
        };
    }

    /// <summary>Whether <paramref name="passage"/> (plain, trimmed) starts where its field starts.</summary>
    public static bool StartsField(string passage, JsonElement ends)
    {
        var first = Read(ends, First);
        var length = Math.Min(first.Length, passage.Length);
        return passage.AsSpan(0, length).SequenceEqual(first.AsSpan(0, length));
    }

    /// <summary>Whether <paramref name="passage"/> (plain, trimmed) ends where its field ends.</summary>
    public static bool EndsField(string passage, JsonElement ends)
    {
        var last = Read(ends, Last);
        var length = Math.Min(last.Length, passage.Length);
        return passage.AsSpan(passage.Length - length).SequenceEqual(last.AsSpan(last.Length - length));
    }

    static string Read(JsonElement ends, string end) => ends.Field(end).StringOrNull() ?? "";
}
