using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>What a search asks the cluster: the reader's words as plain text, filters after the facets, pages in bounds.</summary>
public sealed class SearchRequestTests
{
    const string LiveSearch = "/federation-content/_search";

    static async Task<JsonNode> SentBodyAsync(SearchRequest request)
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, EsJson.Search(0, []));

        await cluster.Engine().SearchAsync(request, CancellationToken.None);

        var sent = Assert.Single(cluster.Requests);
        Assert.Equal("ApiKey " + FakeCluster.ApiKey, sent.Authorization);
        return sent.Json;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"()*:?!-+~^[]{}/\\")]
    [InlineData("。，、《》“”！？")]
    public async Task SearchAsync_WithNoLetterOrDigit_FindsNothingWithoutAskingTheCluster(string text)
    {
        await using var cluster = await FakeCluster.StartAsync();

        var results = await cluster.Engine().SearchAsync(new SearchRequest { Text = text }, CancellationToken.None);

        Assert.Same(SearchResults.None, results);
        Assert.Empty(cluster.Requests);
    }

    [Theory]
    [InlineData("\"人工智能\" AND (标准*) title:ai -x")]
    [InlineData("T/SSFSIDC 001—2019")]
    [InlineData("a [b TO c] {d} ~e^2 \\f || g && !h")]
    public async Task SearchAsync_SendsTheWordsAsPlainTextThatEveryWordMustMatch_NeverAsQuerySyntax(string text)
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "  " + text + "  " });

        var serialised = body.ToJsonString();
        Assert.DoesNotContain("query_string", serialised, StringComparison.Ordinal);
        var should = body["query"]!["bool"]!["should"]!.AsArray();
        var words = should.Single(q => q!["multi_match"] is not null)!["multi_match"]!;
        Assert.Equal(text, (string)words["query"]!);
        Assert.Equal("and", (string)words["operator"]!);
    }

    [Fact]
    public async Task SearchAsync_LooksOnlyAtTheReadersCulture_AndWeighsTitleAboveSummaryAboveBody()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "standards", Culture = Cultures.English });

        var query = body["query"]!["bool"]!;
        Assert.Equal("en", (string)Assert.Single(query["filter"]!.AsArray())!["term"]!["culture"]!);
        var fields = query["should"]!.AsArray().Single(q => q!["multi_match"] is not null)!["multi_match"]!["fields"]!.AsArray()
            .Select(f => ((string)f!).Split('^'))
            .ToDictionary(f => f[0], f => f.Length > 1 ? double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
        Assert.True(fields["title"] > fields["summary"]);
        Assert.Equal(fields["summary"], fields["tags"]);
        Assert.True(fields["summary"] > fields["body"]);
        Assert.Equal(fields["body"], fields["attachment"]);
    }

    [Fact]
    public async Task SearchAsync_MatchesTheWholeTextAsACode_FarAboveAnyWords()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "T/SSFSIDC 001—2019" });

        var code = body["query"]!["bool"]!["should"]!.AsArray().Single(q => q!["term"] is not null)!["term"]!["code"]!;
        Assert.Equal("T/SSFSIDC 001—2019", (string)code["value"]!);
        Assert.True((double)code["boost"]! >= 50);
        Assert.Equal(1, (int)body["query"]!["bool"]!["minimum_should_match"]!);
    }

    [Fact]
    public async Task SearchAsync_FiltersAfterCounting_EachFacetCountedWithTheOtherFacetsFiltersOnly()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "服务", Types = [ContentType.Standard, ContentType.News], Year = 2019, Tag = "人工智能" });

        var type = """{"terms":{"type":["Standard","News"]}}""";
        var year = """{"term":{"year":2019}}""";
        var tag = """{"term":{"tags.keyword":"人工智能"}}""";
        Assert.Equal([type, year, tag], Filters(body["post_filter"]!));
        Assert.Equal([year, tag], Filters(body["aggs"]!["type"]!["filter"]!));
        Assert.Equal([type, tag], Filters(body["aggs"]!["year"]!["filter"]!));
        Assert.Equal([type, year], Filters(body["aggs"]!["tags"]!["filter"]!));
        // The query itself holds no facet filter: only the culture.
        Assert.Single(body["query"]!["bool"]!["filter"]!.AsArray());
        Assert.Equal("type", (string)body["aggs"]!["type"]!["aggs"]!["counts"]!["terms"]!["field"]!);
        Assert.Equal("desc", (string)body["aggs"]!["year"]!["aggs"]!["counts"]!["terms"]!["order"]!["_key"]!);
        var tags = body["aggs"]!["tags"]!["aggs"]!["counts"]!["terms"]!;
        Assert.Equal("tags.keyword", (string)tags["field"]!);
        Assert.Equal(SearchFacets.MaxTags, (int)tags["size"]!);
    }

    [Fact]
    public async Task SearchAsync_WithoutFilters_HasNoPostFilter_AndCountsEveryFacetOverAllMatches()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "服务" });

        Assert.Null(body["post_filter"]);
        foreach (var facet in new[] { "type", "year", "tags" })
        {
            Assert.NotNull(body["aggs"]![facet]!["filter"]!["match_all"]);
        }
    }

    [Theory]
    [InlineData(0, 20, 0, 20)]
    [InlineData(-5, 0, 0, 1)]
    [InlineData(40, 1000, 40, SearchRequest.MaxPageSize)]
    // Elasticsearch refuses from + size past index.max_result_window (10,000 by default).
    [InlineData(9_990, 20, 9_990, 10)]
    [InlineData(50_000, 20, 10_000, 0)]
    public async Task SearchAsync_PagesWithinBounds_CountingEveryMatch(int offset, int count, int from, int size)
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "服务", Offset = offset, Count = count });

        Assert.Equal(from, (int)body["from"]!);
        Assert.Equal(size, (int)body["size"]!);
        Assert.True((bool)body["track_total_hits"]!);
    }

    [Fact]
    public async Task SearchAsync_ByRelevance_SortsByScoreThenNewest()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "服务", Order = SearchOrder.Relevance });

        var sort = body["sort"]!.AsArray();
        Assert.Equal("desc", (string)sort[0]!["_score"]!);
        Assert.Equal("desc", (string)sort[1]!["date"]!["order"]!);
    }

    [Fact]
    public async Task SearchAsync_NewestFirst_SortsByDateWithUndatedItemsLast()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "服务", Order = SearchOrder.Newest });

        var date = body["sort"]![0]!["date"]!;
        Assert.Equal("desc", (string)date["order"]!);
        Assert.Equal("_last", (string)date["missing"]!);
    }

    [Fact]
    public async Task SearchAsync_AsksForPassagesMarkedWithPrivateCharacters_OnEveryTextField()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = "服务" });

        var highlight = body["highlight"]!;
        Assert.Equal("\uE000", (string)highlight["pre_tags"]![0]!);
        Assert.Equal("\uE001", (string)highlight["post_tags"]![0]!);
        Assert.Equal(["title", "summary", "tags", "body", "attachment"], highlight["fields"]!.AsObject().Select(f => f.Key));
        Assert.Equal(1, (int)highlight["fields"]!["body"]!["number_of_fragments"]!);
        Assert.InRange((int)highlight["fields"]!["body"]!["fragment_size"]!, 80, 200);
    }

    [Fact]
    public async Task SearchAsync_CutsTheTextAtTheLongestQuery()
    {
        var body = await SentBodyAsync(new SearchRequest { Text = new string('标', SearchRequest.MaxLength) + "准" });

        var words = body["query"]!["bool"]!["should"]!.AsArray().Single(q => q!["multi_match"] is not null)!["multi_match"]!;
        Assert.Equal(new string('标', SearchRequest.MaxLength), (string)words["query"]!);
    }

    static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static List<string> Filters(JsonNode filter) => [.. filter["bool"]!["filter"]!.AsArray().Select(f => f!.ToJsonString(Unescaped))];
}
