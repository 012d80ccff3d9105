using Federation.Api.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// What a reader typed, as a Lucene query. The words are analysed like the text, never parsed as
/// query syntax, so quotes, brackets and operators are only punctuation. Each word may be found in
/// any field, weighted by where (title above summary and tags above body); a short query needs all its
/// words, a long one three quarters of them. A standard's code, typed in any spacing or dash, finds
/// that standard first.
/// </summary>
/// <remarks>
/// A run of Chinese characters is analysed into the overlapping pairs it is made of (养老服务: 养老,
/// 老服, 服务), and each pair is matched as a word, in whichever field scores it best; so an item may
/// gather the pairs of one run from different fields. An item with the whole run in one field, its pairs
/// in a row, scores again, weighted by that field: 功能平台 in a page's tags then outranks 平台 in another
/// item's title (搭建平台…) with 功能 and 能平 in its body. See docs/search.md, Relevance.
/// </remarks>
internal sealed record LuceneQuery(Query Query, IReadOnlySet<string> Terms)
{
    const int MaxTerms = 32;
    const float CodeBoost = 40f;
    const float TieBreaker = 0.1f;

    /// <summary>The query for <paramref name="text"/> in <paramref name="culture"/>; null when it has no words.</summary>
    public static LuceneQuery? For(string text, string culture)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return null;
        }

        var terms = words.SelectMany(w => w).Distinct(StringComparer.Ordinal).ToList();
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            all.Add(InAnyField(field => new TermQuery(new Term(field, term))), Occur.SHOULD);
        }

        all.MinimumNumberShouldMatch = terms.Count <= 4 ? terms.Count : (int)Math.Ceiling(terms.Count * 0.75);
        var scored = new BooleanQuery { { all, Occur.MUST } };
        foreach (var run in words.Where(w => w.Count > 1))
        {
            scored.Add(InAnyField(field => InARow(field, run)), Occur.SHOULD);
        }

        var matching = new BooleanQuery { { scored, Occur.SHOULD } };
        if (LuceneFields.NormalizedCode(text) is { } code)
        {
            matching.Add(new TermQuery(new Term(LuceneFields.Code, code)) { Boost = CodeBoost }, Occur.SHOULD);
        }

        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(new TermQuery(new Term(LuceneFields.Culture, culture))) { Boost = 0 }, Occur.MUST },
            { matching, Occur.MUST },
        };
        return new LuceneQuery(query, terms.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A query in whichever field it scores best, weighted by the field, the other fields adding a little.</summary>
    static DisjunctionMaxQuery InAnyField(Func<string, Query> inField)
    {
        var anyField = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in LuceneFields.Searched)
        {
            var query = inField(field);
            query.Boost = boost;
            anyField.Add(query);
        }

        return anyField;
    }

    /// <summary>The terms one after another in <paramref name="field"/>: a Chinese run's pairs where the text has the run.</summary>
    static PhraseQuery InARow(string field, List<string> terms)
    {
        var phrase = new PhraseQuery();
        for (var i = 0; i < terms.Count; i++)
        {
            phrase.Add(new Term(field, terms[i]), i);
        }

        return phrase;
    }

    /// <summary>
    /// What the reader typed, word by word, each word as its terms in order, up to <see cref="MaxTerms"/>
    /// different terms. A term that overlaps the one before it (a pair of Chinese characters sharing one
    /// with the pair before) belongs to the same word: a run of Chinese characters is one word.
    /// </summary>
    static List<List<string>> Words(string text)
    {
        var words = new List<List<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var end = -1;
        foreach (var (term, start, stop) in SiteAnalyzer.ForQuery.Terms(SearchFields.Body, text))
        {
            if (seen.Add(term) && seen.Count > MaxTerms)
            {
                break;
            }

            if (start < end)
            {
                words[^1].Add(term);
            }
            else
            {
                words.Add([term]);
            }

            end = stop;
        }

        return words;
    }
}
