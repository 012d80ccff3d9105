using System.Text;
using System.Text.Json;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>
/// The characters Elasticsearch is asked to put around matched words (<c>pre_tags</c>,
/// <c>post_tags</c>): private-use code points, which no document keeps (<see cref="DocumentSource"/>
/// removes them), so a passage is plain text and needs no HTML decoding.
/// </summary>
internal static class HighlightMarks
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';
}

/// <summary>Turns a hit's <c>highlight</c> object into <see cref="Highlight"/>s: markers out, spans in.</summary>
internal static class HighlightReader
{
    /// <summary>The fields highlighted whole (a title, each tag), never cut into passages.</summary>
    public static bool IsWhole(string field) => field is SearchFields.Title or SearchFields.Tags;

    /// <param name="highlight">The hit's <c>highlight</c>: field → marked passages.</param>
    /// <param name="ends">The hit's <c>_source.ends</c> (<see cref="PassageEnds"/>), or an undefined element.</param>
    public static IReadOnlyList<Highlight> Read(JsonElement highlight, JsonElement ends)
    {
        if (highlight.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var highlights = new List<Highlight>();
        foreach (var field in SearchFields.Highlighted)
        {
            if (!highlight.TryGetProperty(field, out var passages) || passages.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var fieldEnds = IsWhole(field) ? default : ends.Field(field);
            foreach (var passage in passages.EnumerateArray())
            {
                if (passage.StringOrNull() is { Length: > 0 } marked)
                {
                    highlights.Add(Passage(field, marked, fieldEnds));
                }
            }
        }

        return highlights;
    }

    /// <summary>
    /// One marked passage as text and spans. Touching marks become one (the highlighter marks
    /// the overlapping bigrams of 现代服务 as one or several runs); whitespace at the ends is
    /// trimmed; "…" is added where the passage does not reach its field's end.
    /// </summary>
    public static Highlight Passage(string field, string marked, JsonElement ends)
    {
        var text = new StringBuilder(marked.Length + 2);
        var marks = new List<MarkedSpan>();
        int? open = null;
        foreach (var c in marked)
        {
            switch (c)
            {
                case HighlightMarks.Open:
                    open ??= text.Length;
                    break;
                case HighlightMarks.Close:
                    if (open is { } start && text.Length > start)
                    {
                        Add(marks, start, text.Length);
                    }

                    open = null;
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        var plain = text.ToString();
        var trimmed = plain.Trim();
        var lead = plain.Length - plain.TrimStart().Length;
        var spans = marks
            .Select(m => (Start: Math.Max(m.Start - lead, 0), End: Math.Min(m.Start + m.Length - lead, trimmed.Length)))
            .Where(m => m.End > m.Start)
            .ToList();

        var cutBefore = ends.ValueKind == JsonValueKind.Object && !PassageEnds.StartsField(trimmed, ends);
        var cutAfter = ends.ValueKind == JsonValueKind.Object && !PassageEnds.EndsField(trimmed, ends);
        var shift = cutBefore ? 1 : 0;
        return new Highlight(
            field,
            (cutBefore ? "…" : "") + trimmed + (cutAfter ? "…" : ""),
            [.. spans.Select(m => new MarkedSpan(m.Start + shift, m.End - m.Start))]);
    }

    static void Add(List<MarkedSpan> marks, int start, int end)
    {
        if (marks.Count > 0 && marks[^1].Start + marks[^1].Length >= start)
        {
            var last = marks[^1];
            marks[^1] = last with { Length = Math.Max(end, last.Start + last.Length) - last.Start };
            return;
        }

        marks.Add(new MarkedSpan(start, end - start));
    }
}
