using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>What a reader's words find, and in which order: Chinese one- and two-character queries, English stems, field weights, codes, dates.</summary>
public sealed class AnalysisAndRankingTests : IDisposable
{
    readonly TestIndex index = new();

    [Theory]
    [InlineData("养")]
    [InlineData("养老")]
    [InlineData("养老服务")]
    public async Task ChineseQueries_OfOneOrMoreCharacters_FindTheText(string query)
    {
        await index.WithAsync(TestIndex.Document("社区养老服务论坛"), TestIndex.Document("城市更新论坛"));

        var found = await index.SearchAsync(query);

        Assert.Equal(["社区养老服务论坛"], index.Titles(found));
    }

    [Fact]
    public async Task AChineseWord_IsNotFoundInTextThatMerelyHasItsCharactersApart()
    {
        await index.WithAsync(TestIndex.Document("老年人的服务与养护"), TestIndex.Document("养老服务标准"));

        Assert.Equal(["养老服务标准"], await index.TitlesAsync("养老"));
    }

    [Theory]
    [InlineData("standards")]
    [InlineData("Standard")]
    [InlineData("MYSTERY SHOPPER")]
    public async Task EnglishWords_AreFoundInAnyOfTheirForms(string query)
    {
        await index.WithAsync(
            TestIndex.Document("Group standardised services", culture: Cultures.English),
            TestIndex.Document("Standard for mystery shoppers", culture: Cultures.English),
            TestIndex.Document("Urban renewal forum", culture: Cultures.English));

        var titles = await index.TitlesAsync(query, Cultures.English);

        Assert.Contains("Standard for mystery shoppers", titles);
        Assert.DoesNotContain("Urban renewal forum", titles);
    }

    [Fact]
    public async Task ADocumentIsFoundOnlyInItsOwnCulture()
    {
        var id = Guid.NewGuid();
        await index.WithAsync(
            TestIndex.Document("城市更新论坛", id: id),
            TestIndex.Document("Urban renewal forum", culture: Cultures.English, id: id));

        Assert.Empty((await index.SearchAsync("forum")).Hits);
        Assert.Single((await index.SearchAsync("forum", Cultures.English)).Hits);
    }

    [Fact]
    public async Task TitleMatches_RankAboveSummaryMatches_WhichRankAboveBodyMatches()
    {
        await index.WithAsync(
            TestIndex.Document("人工智能培训", body: "本课程讲授数据分析。"),
            TestIndex.Document("数据服务", body: "涉及人工智能的应用。"),
            TestIndex.Document("大数据中心", summary: "人工智能与大数据"));

        Assert.Equal(["人工智能培训", "大数据中心", "数据服务"], await index.TitlesAsync("人工智能"));
    }

    [Fact]
    public async Task EqualMatches_AreOrderedNewestFirst_AndUndatedLast()
    {
        await index.WithAsync(
            TestIndex.Document("城市更新论坛 一", date: new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.FromHours(8))),
            TestIndex.Document("城市更新论坛 二"),
            TestIndex.Document("城市更新论坛 三", date: new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.FromHours(8))));

        Assert.Equal(["城市更新论坛 三", "城市更新论坛 一", "城市更新论坛 二"], await index.TitlesAsync("城市更新"));
    }

    [Theory]
    [InlineData("T/SSFSIDC 001—2019")]
    [InlineData("t/ssfsidc 001-2019")]
    [InlineData("T/SSFSIDC001－2019")]
    public async Task AStandardsCode_InAnySpelling_FindsThatStandardFirst(string query)
    {
        await index.WithAsync(
            TestIndex.Document("汽车销售神秘顾客规范", type: ContentType.Standard, code: "T/SSFSIDC 001—2019"),
            TestIndex.Document("关于 T/SSFSIDC 001—2019 与 2019 年标准的解读", body: "T/SSFSIDC 001—2019 ssfsidc 2019 001"));

        var found = await index.SearchAsync(query);

        Assert.Equal("汽车销售神秘顾客规范", index.Titles(found)[0]);
    }

    [Fact]
    public async Task Newest_OrdersByDateWhateverTheMatch()
    {
        await index.WithAsync(
            TestIndex.Document("论坛 论坛 论坛", date: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            TestIndex.Document("培训", body: "论坛", date: new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var found = await index.SearchAsync("论坛", with: r => r with { Order = SearchOrder.Newest });

        Assert.Equal(["培训", "论坛 论坛 论坛"], index.Titles(found));
    }

    [Fact]
    public async Task Paging_GivesEachResultOnce()
    {
        await index.WithAsync([.. Enumerable.Range(1, 25).Select(i => TestIndex.Document($"论坛 {i:00}", date: DateTimeOffset.UnixEpoch.AddDays(i)))]);

        var first = await index.SearchAsync("论坛", with: r => r with { Count = 10 });
        var second = await index.SearchAsync("论坛", with: r => r with { Count = 10, Offset = 10 });
        var last = await index.SearchAsync("论坛", with: r => r with { Count = 10, Offset = 20 });
        var beyond = await index.SearchAsync("论坛", with: r => r with { Count = 10, Offset = 30 });

        Assert.Equal(25, first.Total);
        Assert.Equal(25, first.Hits.Concat(second.Hits).Concat(last.Hits).Select(h => h.Id).Distinct().Count());
        Assert.Equal(5, last.Hits.Count);
        Assert.Empty(beyond.Hits);
        Assert.Equal(25, beyond.Total);
    }

    public void Dispose() => index.Dispose();
}
