using Federation.Api.Search.Engine;
using Federation.Api.Search.Lucene;
using Federation.Cms.Content;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>Capitals in any script find and are found by the same word in lower case; the terms are those Lucene's own filter gave.</summary>
public sealed class LowerCaseTests : IDisposable
{
    readonly TestIndex index = new();

    [Theory]
    [InlineData("école")]
    [InlineData("ШАНХАЙ")]
    [InlineData("δέλτα")]
    [InlineData("Straße")]
    public async Task WordsInCapitals_AndInLowerCase_FindEachOther(string query)
    {
        await index.WithAsync(
            TestIndex.Document("ÉCOLE Шанхай ΔΈΛΤΑ STRASSE straße", culture: Cultures.English),
            TestIndex.Document("Another title", culture: Cultures.English));

        Assert.Equal(["ÉCOLE Шанхай ΔΈΛΤΑ STRASSE straße"], await index.TitlesAsync(query, Cultures.English));
    }

    [Fact]
    public void EveryCharacter_IsLowerCasedAsLuceneLowerCased_It()
    {
        // Every character of the Basic Multilingual Plane, and capitals beyond it (Deseret, Adlam) written as surrogate pairs.
        var text = string.Concat(Enumerable.Range(0, 0x10000).Where(c => !char.IsSurrogate((char)c)).Select(c => (char)c))
            + char.ConvertFromUtf32(0x10400) + char.ConvertFromUtf32(0x1E900) + "\uD800" + "A";

        Assert.Equal(LowerCasedByLucene(text), LowerCased(text));
    }

    static string LowerCased(string text)
    {
        var buffer = text.ToCharArray();
        LowerCaseLetters.Lower(buffer);
        return new string(buffer);
    }

    static string LowerCasedByLucene(string text)
    {
        using var filter = new LowerCaseFilter(LuceneVersion.LUCENE_48, new KeywordTokenizer(new StringReader(text), text.Length + 1));
        var term = filter.AddAttribute<global::Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        filter.Reset();
        Assert.True(filter.IncrementToken());
        return term.ToString();
    }

    public void Dispose() => index.Dispose();
}
