using Federation.Api.Search.Lucene;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>Our pairing of Chinese characters gives what Lucene's CJKBigramFilter gives: the same index, made faster.</summary>
public sealed class ChinesePairsTests
{
    public static TheoryData<string> Texts() =>
    [
        "",
        "   ",
        "养",
        "养老",
        "养老服务",
        "社区养老服务，助餐。居家养老 AI 平台",
        "AI平台ＡＢＣ与５Ｇ应用、ISO 9001认证",
        "T/SSFSIDC 001—2019 上海服务业标准",
        "서울 한국어 텍스트와 中文",
        "カタカナとひらがなの漢字まじり文",
        "𠀀𠀁 supplementary 𠀂中文𠀃",
        "一" + new string('x', 70) + "二三",
        "中 文 分 开",
        "末尾的字",
        "English words only, with standards and services' names.",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Texts_ArePairedAsLucenePairsThem(string text)
    {
        foreach (var singles in new[] { true, false })
        {
            Assert.Equal(Tokens(text, stream => new CJKBigramFilter(stream, CJKScript.ALL, singles)), Tokens(text, stream => new ChinesePairs(stream, singles)));
        }
    }

    [Fact]
    public void EveryTextOfContentExport_IsPairedAsLucenePairsIt()
    {
        var files = Directory.GetFiles(RepositoryPaths.ContentExport, "*.json", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(Tokens(text, stream => new CJKBigramFilter(stream, CJKScript.ALL, true)), Tokens(text, stream => new ChinesePairs(stream, true)));
            Assert.Equal(Tokens(text, stream => new CJKBigramFilter(stream, CJKScript.ALL, false)), Tokens(text, stream => new ChinesePairs(stream, false)));
        }
    }

    static List<string> Tokens(string text, Func<TokenStream, TokenStream> pairs)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text)) { MaxTokenLength = 64 };
        using var stream = pairs(new CJKWidthFilter(source));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var tokens = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term} {offset.StartOffset}-{offset.EndOffset} {type.Type} +{increment.PositionIncrement} ×{length.PositionLength}");
        }

        stream.End();
        tokens.Add($"end {offset.EndOffset}");
        return tokens;
    }
}
