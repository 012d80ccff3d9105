using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>What a search answer becomes: hits in order with their passages marked, the total, the facet counts.</summary>
public sealed class SearchResponseTests
{
    const string LiveSearch = "/federation-content/_search";

    static async Task<SearchResults> SearchAsync(string answer, SearchRequest? request = null)
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, answer);
        return await cluster.Engine().SearchAsync(request ?? new SearchRequest { Text = "现代服务业" }, CancellationToken.None);
    }

    [Fact]
    public async Task SearchAsync_ReadsHitsInTheClustersOrder_WithTheTotalOfAllMatches()
    {
        var results = await SearchAsync(EsJson.Search(42, [EsJson.Hit(Documents.NewsId, ContentType.News, 7.5), EsJson.Hit(Documents.StandardId, ContentType.Standard, 3.25)]));

        Assert.Equal(42, results.Total);
        Assert.Equal([(Documents.NewsId, ContentType.News, 7.5), (Documents.StandardId, ContentType.Standard, 3.25)], results.Hits.Select(h => (h.Id, h.Type, h.Score)));
    }

    [Fact]
    public async Task SearchAsync_ReadsEachFacetsCounts_InTheClustersOrder()
    {
        var aggregations = new JsonObject
        {
            ["type"] = EsJson.Facet(12, ("Standard", 7), ("News", 5)),
            ["year"] = EsJson.Facet(11, (2024, 3), (2019, 8)),
            ["tags"] = EsJson.Facet(9, ("人工智能", 6), ("团体标准", 3)),
        };

        var facets = (await SearchAsync(EsJson.Search(12, [], aggregations))).Facets;

        Assert.Equal([new(ContentType.Standard, 7), new(ContentType.News, 5)], facets.Types);
        Assert.Equal([new(2024, 3), new(2019, 8)], facets.Years);
        Assert.Equal([new("人工智能", 6), new("团体标准", 3)], facets.Tags);
    }

    [Fact]
    public async Task SearchAsync_MarksTheMatchedWordsOfAChineseTitle_AtTheirOffsetsInThePlainText()
    {
        var hit = EsJson.Hit(Documents.StandardId, ContentType.Standard, 9, new JsonObject { ["title"] = new JsonArray("上海\uE000现代服务业\uE001联合会 \uE000人工智能\uE001应用") });

        var highlight = Assert.Single(Assert.Single((await SearchAsync(EsJson.Search(1, [hit]))).Hits).Highlights);

        Assert.Equal(SearchFields.Title, highlight.Field);
        Assert.Equal("上海现代服务业联合会 人工智能应用", highlight.Text);
        Assert.Equal([new MarkedSpan(2, 5), new MarkedSpan(11, 4)], highlight.Marks);
        Assert.Equal(["现代服务业", "人工智能"], highlight.Marks.Select(m => highlight.Text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public async Task SearchAsync_JoinsTouchingMarks_AsTheHighlighterMarksOverlappingBigrams()
    {
        var hit = EsJson.Hit(Documents.StandardId, ContentType.Standard, 9, new JsonObject { ["title"] = new JsonArray("\uE000现代\uE001\uE000服务\uE001业") });

        var highlight = Assert.Single(Assert.Single((await SearchAsync(EsJson.Search(1, [hit]))).Hits).Highlights);

        Assert.Equal("现代服务业", highlight.Text);
        Assert.Equal([new MarkedSpan(0, 4)], highlight.Marks);
    }

    [Fact]
    public async Task SearchAsync_PutsTheTitlesPassageFirst_WhateverOrderTheClusterGivesFields()
    {
        var highlight = new JsonObject
        {
            ["body"] = new JsonArray("Members discussed \uE000standards\uE001 for modern services."),
            ["title"] = new JsonArray("Yangtze River Delta service \uE000standards\uE001 forum"),
        };
        var hit = EsJson.Hit(Documents.NewsId, ContentType.News, 4, highlight, Ends(body: Documents.News().Body), Cultures.English);

        var highlights = Assert.Single((await SearchAsync(EsJson.Search(1, [hit]))).Hits).Highlights;

        Assert.Equal([SearchFields.Title, SearchFields.Body], highlights.Select(h => h.Field));
        Assert.Equal("standards", highlights[1].Text.Substring(highlights[1].Marks[0].Start, highlights[1].Marks[0].Length));
    }

    [Fact]
    public async Task SearchAsync_WhenOnlyTheBodyMatched_GivesAPassageOfTheBody_WithEllipsesWhereItWasCut()
    {
        var body = "联合会成立于二〇〇六年。" + "标准创新发展中心负责团体标准的立项、起草和发布，人工智能应用服务规范由其组织起草。" + "其后各委员会陆续成立。";
        var passage = "标准创新发展中心负责团体标准的立项、起草和发布，\uE000人工智能\uE001应用服务规范由其组织起草。";
        var hit = EsJson.Hit(Documents.StandardId, ContentType.Standard, 2, new JsonObject { ["body"] = new JsonArray(passage) }, Ends(body: body));

        var highlight = Assert.Single(Assert.Single((await SearchAsync(EsJson.Search(1, [hit]))).Hits).Highlights);

        Assert.Equal(SearchFields.Body, highlight.Field);
        Assert.StartsWith("…标准创新发展中心", highlight.Text, StringComparison.Ordinal);
        Assert.EndsWith("组织起草。…", highlight.Text, StringComparison.Ordinal);
        var mark = Assert.Single(highlight.Marks);
        Assert.Equal("人工智能", highlight.Text.Substring(mark.Start, mark.Length));
    }

    [Fact]
    public async Task SearchAsync_APassageThatIsTheWholeField_HasNoEllipsis()
    {
        var summary = "本文件规定了人工智能应用服务的术语和定义、基本要求。";
        var hit = EsJson.Hit(Documents.StandardId, ContentType.Standard, 2, new JsonObject { ["summary"] = new JsonArray("本文件规定了\uE000人工智能\uE001应用服务的术语和定义、基本要求。") }, Ends(summary: summary));

        var highlight = Assert.Single(Assert.Single((await SearchAsync(EsJson.Search(1, [hit]))).Hits).Highlights);

        Assert.Equal(summary, highlight.Text);
        Assert.Equal([new MarkedSpan(6, 4)], highlight.Marks);
    }

    [Fact]
    public async Task SearchAsync_AHitWithoutHighlights_HasNone()
    {
        var hit = EsJson.Hit(Documents.StandardId, ContentType.Standard, 120);

        Assert.Empty(Assert.Single((await SearchAsync(EsJson.Search(1, [hit]))).Hits).Highlights);
    }

    [Fact]
    public async Task SearchAsync_WithoutALiveIndex_FindsNothing()
    {
        await using var cluster = await FakeCluster.StartAsync();

        Assert.Same(SearchResults.None, await cluster.Engine().SearchAsync(new SearchRequest { Text = "服务" }, CancellationToken.None));
    }

    /// <summary>The <c>_source.ends</c> the engine indexes beside long fields (first and last characters).</summary>
    static JsonObject Ends(string summary = "", string body = "", string attachment = "")
    {
        static JsonObject Of(string text) => new() { ["first"] = text[..Math.Min(24, text.Length)], ["last"] = text[Math.Max(0, text.Length - 24)..] };
        return new JsonObject { ["summary"] = Of(summary), ["body"] = Of(body), ["attachment"] = Of(attachment) };
    }
}
