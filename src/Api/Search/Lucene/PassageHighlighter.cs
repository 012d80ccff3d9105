using Federation.Api.Search.Engine;
using Lucene.Net.Analysis.TokenAttributes;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Finds where a document's stored text has the query's terms, by analysing the text again exactly as
/// it was indexed, and cuts the best passage: the window with the most different matched terms. The
/// title is given whole, marked, when it matched; then the best passage of the other fields.
/// </summary>
/// <remarks>
/// Analysing is what costs (a long body or a standard's full text, for each hit of a page), so it stops as
/// soon as the answer is known: a window with every term of the query cannot be bettered, so once one is
/// found the field is read only to the end of its passage, and the fields after it not at all.
/// </remarks>
internal static class PassageHighlighter
{
    /// <summary>About how long a passage is, in characters.</summary>
    public const int PassageLength = 120;

    /// <summary>How much of a long field is looked through for a passage.</summary>
    const int MaxAnalysed = 50_000;

    const int Lead = 24;

    /// <summary>How far a passage's start or end moves to fall between words.</summary>
    const int WordSearch = 16;

    public static IReadOnlyList<Highlight> Highlight(Func<string, string> stored, IReadOnlySet<string> terms)
    {
        var query = new QueryTerms(terms);
        var highlights = new List<Highlight>(2);
        var title = stored(SearchFields.Title);
        var titleMarks = Matches(SearchFields.Title, title, query, stopWhenFound: false);
        if (titleMarks.Count > 0)
        {
            highlights.Add(new Highlight(SearchFields.Title, title, Merge(titleMarks)));
        }

        (Highlight Passage, int Distinct)? best = null;
        foreach (var field in SearchFields.Highlighted.Skip(1))
        {
            if (best?.Distinct == query.Count)
            {
                break;
            }

            var text = stored(field);
            if (text.Length == 0)
            {
                continue;
            }

            var matches = Matches(field, text.Length > MaxAnalysed ? text[..MaxAnalysed] : text, query, stopWhenFound: true);
            if (matches.Count > 0 && Passage(field, text, matches, query) is var passage && (best is null || passage.Distinct > best.Value.Distinct))
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

    /// <summary>
    /// The query's terms in <paramref name="text"/>, in the order the analysis gives them. When <paramref name="stopWhenFound"/>,
    /// stops once the first window with every term is known and every match its passage can mark has been read:
    /// <see cref="Passage"/> then chooses from the matches so far what it would choose from all of them.
    /// </summary>
    static List<Match> Matches(string field, string text, QueryTerms query, bool stopWhenFound)
    {
        var matches = new List<Match>();
        using var stream = SiteAnalyzer.ForIndex.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var seen = new int[query.Count];
        var unsettled = 0;
        var readTo = int.MaxValue;
        while (stream.IncrementToken())
        {
            // Terms come in the order of their start; a window is settled once a term starts past its end.
            var start = offset.StartOffset;
            for (; stopWhenFound && readTo == int.MaxValue && unsettled < matches.Count && start >= WindowEnd(matches[unsettled]); unsettled++)
            {
                if (Distinct(matches, unsettled, seen) == query.Count)
                {
                    readTo = Math.Max(0, matches[unsettled].Start - Lead) + WordSearch + PassageLength;
                }
            }

            if (start >= readTo)
            {
                break;
            }

            if (query.IndexOf(term.Buffer.AsSpan(0, term.Length)) is var index and >= 0)
            {
                matches.Add(new Match(start, offset.EndOffset, index));
            }
        }

        stream.End();
        return matches;
    }

    static (Highlight Passage, int Distinct) Passage(string field, string text, List<Match> matches, QueryTerms query)
    {
        var bestStart = 0;
        var bestDistinct = 0;
        var seen = new int[query.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = Distinct(matches, i, seen);
            if (distinct > bestDistinct)
            {
                (bestStart, bestDistinct) = (matches[i].Start, distinct);
            }
        }

        var start = WordStart(text, Math.Max(0, bestStart - Lead));
        var end = WordEnd(text, Math.Min(text.Length, start + PassageLength));
        var prefix = start > 0 ? "…" : "";
        var passage = string.Concat(prefix, text.AsSpan(start, end - start), end < text.Length ? "…" : "");
        var marks = Merge([.. matches.Where(m => m.Start >= start && m.End <= end).Select(m => m with { Start = m.Start - start + prefix.Length, End = m.End - start + prefix.Length })]);
        return (new Highlight(field, passage, marks), bestDistinct);
    }

    static int WindowEnd(Match first) => first.Start + PassageLength - Lead;

    /// <summary>
    /// How many different terms the window from match <paramref name="first"/> holds: the matches from it on, up to
    /// the first that ends past the window. <paramref name="seen"/> is scratch space, one slot per term.
    /// </summary>
    static int Distinct(List<Match> matches, int first, int[] seen)
    {
        var windowEnd = WindowEnd(matches[first]);
        var mark = first + 1;
        var distinct = 0;
        for (var i = first; i < matches.Count && matches[i].End <= windowEnd; i++)
        {
            if (seen[matches[i].Term] != mark)
            {
                seen[matches[i].Term] = mark;
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>Overlapping and touching matches (a Chinese word's bigrams) as one span.</summary>
    static List<MarkedSpan> Merge(List<Match> matches)
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

        var space = text.IndexOf(' ', at, Math.Min(WordSearch, text.Length - at));
        return space < 0 ? at : space + 1;
    }

    static int WordEnd(string text, int at)
    {
        if (at >= text.Length || char.IsWhiteSpace(text[at]))
        {
            return at;
        }

        var space = text.LastIndexOf(' ', at - 1, Math.Min(WordSearch, at));
        return space <= 0 ? at : space;
    }

    /// <summary>A term of the query where the text has it: from <see cref="Start"/> to <see cref="End"/>, the term's number in <see cref="QueryTerms"/>.</summary>
    readonly record struct Match(int Start, int End, int Term);

    /// <summary>The query's terms, numbered, looked up by the characters of an analysed term without making a string of each.</summary>
    sealed class QueryTerms
    {
        readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public QueryTerms(IReadOnlySet<string> terms)
        {
            var numbers = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
            foreach (var term in terms)
            {
                numbers[term] = numbers.Count;
            }

            Count = numbers.Count;
            lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int Count { get; }

        /// <summary>The term's number, or −1 when it is not one of the query's.</summary>
        public int IndexOf(ReadOnlySpan<char> term) => lookup.TryGetValue(term, out var number) ? number : -1;
    }
}
