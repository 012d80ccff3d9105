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
internal sealed record LuceneQuery(Query Query, IReadOnlySet<string> Terms)
{
    const int MaxTerms = 32;
    const float CodeBoost = 40f;
    const float TieBreaker = 0.1f;

    /// <summary>The query for <paramref name="text"/> in <paramref name="culture"/>; null when it has no words.</summary>
    public static LuceneQuery? For(string text, string culture)
    {
        var terms = SiteAnalyzer.ForQuery.Terms(SearchFields.Body, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var words = new BooleanQuery();
        foreach (var term in terms)
        {
            var anyField = new DisjunctionMaxQuery(TieBreaker);
            foreach (var (field, boost) in LuceneFields.Searched)
            {
                anyField.Add(new TermQuery(new Term(field, term)) { Boost = boost });
            }

            words.Add(anyField, Occur.SHOULD);
        }

        words.MinimumNumberShouldMatch = terms.Count <= 4 ? terms.Count : (int)Math.Ceiling(terms.Count * 0.75);
        var matching = new BooleanQuery { { words, Occur.SHOULD } };
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
}
