using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>Facet counts beside the results, filters, and the marked passages a reader sees.</summary>
public sealed class FacetAndHighlightTests : IDisposable
{
    static readonly DateTimeOffset In2023 = new(2023, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));
    static readonly DateTimeOffset In2024 = new(2024, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));

    readonly TestIndex index = new();

    public FacetAndHighlightTests() => index.WithAsync(
        TestIndex.Document("养老服务论坛", type: ContentType.Forum, tags: ["养老"], date: In2024),
        TestIndex.Document("养老服务标准", type: ContentType.Standard, tags: ["养老", "标准"], date: In2023),
        TestIndex.Document("养老护理员培训", type: ContentType.Course, tags: ["培训"], date: In2024),
        TestIndex.Document("养老新闻", type: ContentType.News, tags: ["养老"]),
        TestIndex.Document("城市更新论坛", type: ContentType.Forum, tags: ["城市"], date: In2024)).GetAwaiter().GetResult();

    [Fact]
    public async Task Facets_CountWhatMatches_ByTypeYearAndTag()
    {
        var found = await index.SearchAsync("养老");

        Assert.Equal(4, found.Total);
        Assert.Equal(4, found.Facets.Types.Sum(c => c.Count));
        Assert.All(found.Facets.Types, c => Assert.Equal(1, c.Count));
        Assert.Equal([new FacetCount<int>(2024, 2), new FacetCount<int>(2023, 1)], found.Facets.Years);
        Assert.Equal([new FacetCount<string>("养老", 3), new FacetCount<string>("培训", 1), new FacetCount<string>("标准", 1)], found.Facets.Tags);
    }

    [Fact]
    public async Task AFilter_NarrowsTheHits_ButNotItsOwnFacet()
    {
        var found = await index.SearchAsync("养老", with: r => r with { Types = [ContentType.Forum] });

        Assert.Equal(["养老服务论坛"], index.Titles(found));
        Assert.Equal(4, found.Facets.Types.Sum(c => c.Count));
        Assert.Equal([new FacetCount<int>(2024, 1)], found.Facets.Years);
        Assert.Equal([new FacetCount<string>("养老", 1)], found.Facets.Tags);
    }

    [Fact]
    public async Task YearAndTagFilters_Combine()
    {
        var found = await index.SearchAsync("养老", with: r => r with { Year = 2024, Tag = "养老" });

        Assert.Equal(["养老服务论坛"], index.Titles(found));
        Assert.Equal([new FacetCount<int>(2024, 1), new FacetCount<int>(2023, 1)], found.Facets.Years);
        Assert.Equal([new FacetCount<ContentType>(ContentType.Forum, 1)], found.Facets.Types);
    }

    [Fact]
    public async Task AnUnknownTag_FindsNothing_AndSaysSoWithoutError()
    {
        var found = await index.SearchAsync("养老", with: r => r with { Tag = "没有这个标签" });

        Assert.Empty(found.Hits);
        Assert.Equal(0, found.Total);
    }

    [Fact]
    public async Task TheTitle_IsMarkedWhereItMatched()
    {
        var hit = (await index.SearchAsync("服务")).Hits.Single(h => h.Type == ContentType.Forum);

        var title = Assert.Single(hit.Highlights, h => h.Field == SearchFields.Title);
        Assert.Equal(["服务"], Marked(title));
    }

    [Fact]
    public async Task ABodyMatch_GivesAPassageAroundTheWords_WithThemMarked()
    {
        var filler = string.Concat(Enumerable.Repeat("The Federation holds many meetings every year. ", 20));
        await index.WithAsync(TestIndex.Document(
            "Annual report", body: filler + "Its mystery shopper standard was published in 2019. " + filler, culture: Cultures.English));

        var hit = Assert.Single((await index.SearchAsync("mystery shoppers", Cultures.English)).Hits);

        var passage = Assert.Single(hit.Highlights);
        Assert.Equal(SearchFields.Body, passage.Field);
        Assert.Equal(["mystery", "shopper"], Marked(passage));
        Assert.StartsWith("…", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", passage.Text, StringComparison.Ordinal);
        Assert.InRange(passage.Text.Length, 60, 160);
    }

    [Fact]
    public async Task ChineseMarks_CoverTheWholeWord()
    {
        await index.WithAsync(TestIndex.Document("论坛", body: "本次论坛聚焦社区养老服务体系建设。"));

        var passage = (await index.SearchAsync("养老服务")).Hits.Single().Highlights.Single(h => h.Field == SearchFields.Body);

        Assert.Equal(["养老服务"], Marked(passage));
    }

    [Fact]
    public async Task TextThatLooksLikeMarkup_IsKeptAsText()
    {
        await index.WithAsync(TestIndex.Document("<b>论坛</b> & <script>标准</script>"));

        var title = (await index.SearchAsync("标准")).Hits.Single().Highlights[0];

        Assert.Equal("<b>论坛</b> & <script>标准</script>", title.Text);
        Assert.Equal(["标准"], Marked(title));
    }

    static List<string> Marked(Highlight highlight) => [.. highlight.Marks.Select(m => highlight.Text.Substring(m.Start, m.Length))];

    public void Dispose() => index.Dispose();
}
