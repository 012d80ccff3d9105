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
/// A run of Chinese characters is one word, analysed into the overlapping pairs it is made of (养老服务:
/// 养老, 老服, 服务). It is there when three quarters of its pairs are, each in whichever field scores it
/// best: readers type Chinese words together without a space, and the pair across the join (大数据培训:
/// 据培) is in no text. An item with the whole run in one field, its pairs in a row, scores again,
/// weighted by that field, since an item may gather the pairs from different fields: 功能平台 in a
/// page's tags then outranks 平台 in another item's title (搭建平台…) with 功能 and 能平 in its body.
/// See docs/search.md, Relevance.
/// </remarks>
/// <param name="Query">The query, scoring every document it matches as the ranking says.</param>
/// <param name="Matching">
/// The same documents, scored without the bonus for a Chinese run's pairs in a row, which reading positions makes
/// the costliest part of a search; <see cref="Query"/> itself when there is no such run. See <see cref="PhraseBonus"/>.
/// </param>
/// <param name="Terms">The terms to highlight.</param>
internal sealed record LuceneQuery(Query Query, Query Matching, IReadOnlySet<string> Terms)
{
    /// <summary>Whether <see cref="Query"/> scores more than <see cref="Matching"/> does.</summary>
    public bool HasBonus => !ReferenceEquals(Query, Matching);

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

        var all = AtLeast(words.Count <= 4 ? words.Count : (int)Math.Ceiling(words.Count * 0.75),
            words.Select(word => word.Count == 1 ? Anywhere(word[0]) : (Query)MostPairs(word)));
        var code = LuceneFields.NormalizedCode(text);
        var terms = words.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
        var matching = InCulture(new BooleanQuery { { all, Occur.MUST } }, code, culture);
        var runs = words.Where(w => w.Count > 1).ToList();
        if (runs.Count == 0)
        {
            return new LuceneQuery(matching, matching, terms);
        }

        var scored = new BooleanQuery { { all, Occur.MUST } };
        foreach (var run in runs)
        {
            scored.Add(InAnyField(field => InARow(field, run)), Occur.SHOULD);
        }

        return new LuceneQuery(InCulture(scored, code, culture), matching, terms);
    }

    /// <summary>The words scored, or the standard whose code they are, in <paramref name="culture"/>.</summary>
    static BooleanQuery InCulture(BooleanQuery scored, string? code, string culture)
    {
        var matching = new BooleanQuery { { scored, Occur.SHOULD } };
        if (code is not null)
        {
            matching.Add(new TermQuery(new Term(LuceneFields.Code, code)) { Boost = CodeBoost }, Occur.SHOULD);
        }

        return new BooleanQuery
        {
            { new ConstantScoreQuery(new TermQuery(new Term(LuceneFields.Culture, culture))) { Boost = 0 }, Occur.MUST },
            { matching, Occur.MUST },
        };
    }

    static DisjunctionMaxQuery Anywhere(string term) => InAnyField(field => new TermQuery(new Term(field, term)));

    /// <summary>A Chinese run: three quarters of its pairs, each anywhere; all of a run of two or three pairs.</summary>
    static BooleanQuery MostPairs(List<string> pairs) => AtLeast((int)Math.Ceiling(pairs.Count * 0.75), pairs.Select(pair => (Query)Anywhere(pair)));

    /// <summary>
    /// At least <paramref name="needed"/> of the clauses. When that is all of them, each is required: the search then
    /// steps from one document of the rarest clause to the next, rather than through every document of each (养老服务
    /// against 100,000 items: most of its time), and the score is the same.
    /// </summary>
    static BooleanQuery AtLeast(int needed, IEnumerable<Query> clauses)
    {
        var query = new BooleanQuery();
        var list = clauses.ToList();
        foreach (var clause in list)
        {
            query.Add(clause, needed >= list.Count ? Occur.MUST : Occur.SHOULD);
        }

        if (needed < list.Count)
        {
            query.MinimumNumberShouldMatch = needed;
        }

        return query;
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

        return [.. words.DistinctBy(word => string.Join(' ', word))];
    }
}
