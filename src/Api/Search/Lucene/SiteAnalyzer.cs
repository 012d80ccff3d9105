using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// How text becomes terms, for Chinese and English alike: words split by Unicode rules, full-width
/// letters folded, lower case, Chinese characters joined into overlapping pairs (bigrams), English
/// words stemmed (Porter), so "standards" finds "standard" and 养老服务 finds 养老 and 服务.
/// </summary>
/// <remarks>
/// The index keeps each Chinese character on its own as well (unigrams), so a one-character query
/// matches. A query keeps the pairs only, and a lone character as itself: 养老服务 asks for 养老, 老服
/// and 服务, which a text has when it says 养老服务, not merely when it has those four characters somewhere.
/// </remarks>
internal sealed class SiteAnalyzer : Analyzer
{
    /// <summary>The version of the analysis, part of every document's stamp: changing it re-indexes everything.</summary>
    public const string Version = "a1";

    const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    readonly bool unigrams;

    SiteAnalyzer(bool unigrams) => this.unigrams = unigrams;

    /// <summary>The analysis of indexed text: bigrams and unigrams.</summary>
    public static SiteAnalyzer ForIndex { get; } = new(unigrams: true);

    /// <summary>The analysis of what a reader typed: bigrams, and unigrams only for lone characters.</summary>
    public static SiteAnalyzer ForQuery { get; } = new(unigrams: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Lucene, reader) { MaxTokenLength = 64 };
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseLetters(stream);
        stream = new ChinesePairs(stream, unigrams);
        stream = new EnglishPossessiveFilter(Lucene, stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The terms of <paramref name="text"/> with where each stands in it.</summary>
    public IEnumerable<(string Term, int Start, int End)> Terms(string field, string text)
    {
        using var stream = GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offset = stream.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            yield return (term.ToString(), offset.StartOffset, offset.EndOffset);
        }

        stream.End();
    }
}
