using Federation.Api.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// Titles for what a reader has typed so far: every finished word must be in the title, and a word
/// still being typed (the last, with no space after it) is matched as the start of a word.
/// </summary>
internal static class LuceneSuggestQuery
{
    const int MaxTerms = 16;

    public static Query? For(string text, string culture)
    {
        var cut = text.Length > SearchRequest.MaxLength ? text[..SearchRequest.MaxLength] : text;
        var terms = SiteAnalyzer.ForQuery.Terms(SearchFields.Title, cut).Take(MaxTerms).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery
        {
            { new ConstantScoreQuery(new TermQuery(new Term(LuceneFields.Culture, culture))) { Boost = 0 }, Occur.MUST },
        };
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, _, end) = terms[i];
            var typing = i == terms.Count - 1 && end == cut.Length && term.All(char.IsAsciiLetterOrDigit);
            query.Add(typing ? new PrefixQuery(new Term(SearchFields.Title, term)) : new TermQuery(new Term(SearchFields.Title, term)), Occur.MUST);
        }

        return query;
    }
}
