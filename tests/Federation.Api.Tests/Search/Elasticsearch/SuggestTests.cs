using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>Titles offered while a reader types: a prefix search on titles in the reader's culture.</summary>
public sealed class SuggestTests
{
    const string LiveSearch = "/federation-content/_search";

    [Fact]
    public async Task SuggestAsync_SearchesTitlesInTheCultureForThePhraseSoFar()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, EsJson.Search(0, []));

        await cluster.Engine().SuggestAsync(" stand ", Cultures.English, 8, CancellationToken.None);

        var body = Assert.Single(cluster.Requests).Json;
        Assert.Equal(8, (int)body["size"]!);
        var query = body["query"]!["bool"]!;
        Assert.Equal("en", (string)query["filter"]![0]!["term"]!["culture"]!);
        var phrase = query["should"]!.AsArray().Single(q => q!["match_phrase_prefix"] is not null)!["match_phrase_prefix"]!["title"]!;
        Assert.Equal("stand", (string)phrase["query"]!);
        Assert.DoesNotContain("query_string", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestAsync_ReadsTheTitlesInTheClustersOrder()
    {
        await using var cluster = await FakeCluster.StartAsync();
        var hits = new[]
        {
            WithTitle(EsJson.Hit(Documents.StandardId, ContentType.Standard, 5), "人工智能应用服务规范"),
            WithTitle(EsJson.Hit(Documents.NewsId, ContentType.News, 4), "人工智能与现代服务业论坛"),
        };
        cluster.On("POST", LiveSearch, EsJson.Search(2, hits));

        var suggestions = await cluster.Engine().SuggestAsync("人工", Cultures.Chinese, 5, CancellationToken.None);

        Assert.Equal(
            [new Suggestion(Documents.StandardId, ContentType.Standard, "人工智能应用服务规范"), new Suggestion(Documents.NewsId, ContentType.News, "人工智能与现代服务业论坛")],
            suggestions);
    }

    [Theory]
    [InlineData("", 5)]
    [InlineData("《》", 5)]
    [InlineData("人工", 0)]
    public async Task SuggestAsync_ForNothingToMatch_OffersNothingWithoutAskingTheCluster(string text, int count)
    {
        await using var cluster = await FakeCluster.StartAsync();

        Assert.Empty(await cluster.Engine().SuggestAsync(text, Cultures.Chinese, count, CancellationToken.None));
        Assert.Empty(cluster.Requests);
    }

    static JsonObject WithTitle(JsonObject hit, string title)
    {
        hit["_source"]!["title"] = title;
        return hit;
    }
}
