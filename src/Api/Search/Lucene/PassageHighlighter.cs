using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Finds where a document's stored text has the query's terms, by analysing the text again exactly as
/// it was indexed, and cuts the best passage: the window with the most different matched terms. The
/// title is given whole, marked, when it matched; then the best passage of the other fields.
/// </summary>
internal static class PassageHighlighter
{
    /// <summary>About how long a passage is, in characters.</summary>
    public const int PassageLength = 120;

    /// <summary>How much of a long field is looked through for a passage.</summary>
    const int MaxAnalysed = 50_000;

    const int Lead = 24;

    public static IReadOnlyList<Highlight> Highlight(Func<string, string> stored, IReadOnlySet<string> terms)
    {
        var highlights = new List<Highlight>(2);
        var title = stored(SearchFields.Title);
        var titleMarks = Matches(SearchFields.Title, title, terms);
        if (titleMarks.Count > 0)
        {
            highlights.Add(new Highlight(SearchFields.Title, title, Merge(titleMarks)));
        }

        (Highlight Passage, int Distinct)? best = null;
        foreach (var field in LuceneFields.Highlighted.Skip(1))
        {
            var text = stored(field);
            if (text.Length == 0)
            {
                continue;
            }

            var matches = Matches(field, text.Length > MaxAnalysed ? text[..MaxAnalysed] : text, terms);
            if (matches.Count > 0 && Passage(field, text, matches) is var passage && (best is null || passage.Distinct > best.Value.Distinct))
            {
                best = passage;
            }
        }

        if (best is { } chosen)
        {
            highlights.Add(chosen.Passage);
        }

        return highlights;
    }

    static List<(int Start, int End, string Term)> Matches(string field, string text, IReadOnlySet<string> terms) =>
        [.. SiteAnalyzer.ForIndex.Terms(field, text).Where(t => terms.Contains(t.Term)).Select(t => (t.Start, t.End, t.Term))];

    static (Highlight Passage, int Distinct) Passage(string field, string text, List<(int Start, int End, string Term)> matches)
    {
        var bestStart = 0;
        var bestDistinct = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var windowEnd = matches[i].Start + PassageLength - Lead;
            var distinct = matches.Skip(i).TakeWhile(m => m.End <= windowEnd).Select(m => m.Term).Distinct().Count();
            if (distinct > bestDistinct)
            {
                (bestStart, bestDistinct) = (matches[i].Start, distinct);
            }
        }

        var start = WordStart(text, Math.Max(0, bestStart - Lead));
        var end = WordEnd(text, Math.Min(text.Length, start + PassageLength));
        var prefix = start > 0 ? "…" : "";
        var passage = string.Concat(prefix, text.AsSpan(start, end - start), end < text.Length ? "…" : "");
        var marks = Merge([.. matches.Where(m => m.Start >= start && m.End <= end).Select(m => (m.Start - start + prefix.Length, m.End - start + prefix.Length, m.Term))]);
        return (new Highlight(field, passage, marks), bestDistinct);
    }

    /// <summary>Overlapping and touching matches (a Chinese word's bigrams) as one span.</summary>
    static List<MarkedSpan> Merge(List<(int Start, int End, string Term)> matches)
    {
        var spans = new List<MarkedSpan>();
        foreach (var (start, end, _) in matches.OrderBy(m => m.Start))
        {
            if (spans.Count > 0 && start <= spans[^1].Start + spans[^1].Length)
            {
                var last = spans[^1];
                spans[^1] = last with { Length = Math.Max(last.Length, end - last.Start) };
            }
            else
            {
                spans.Add(new MarkedSpan(start, end - start));
            }
        }

        return spans;
    }

    // A passage starts and ends between words where the text has spaces (English); Chinese has none to look for.
    static int WordStart(string text, int at)
    {
        if (at == 0 || char.IsWhiteSpace(text[at - 1]))
        {
            return at;
        }

        var space = text.IndexOf(' ', at, Math.Min(16, text.Length - at));
        return space < 0 ? at : space + 1;
    }

    static int WordEnd(string text, int at)
    {
        if (at >= text.Length || char.IsWhiteSpace(text[at]))
        {
            return at;
        }

        var space = text.LastIndexOf(' ', at - 1, Math.Min(16, at));
        return space <= 0 ? at : space;
    }
}
