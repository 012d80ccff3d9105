using System.Text.Json.Nodes;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>Every live document's stamp by key, read in key order with search_after; none without an index.</summary>
public sealed class StampTests
{
    const string LiveSearch = "/federation-content/_search";

    [Fact]
    public async Task ReadStampsAsync_WithoutTheAlias_IsNull()
    {
        await using var cluster = await FakeCluster.StartAsync();

        var stamps = await cluster.Engine().ReadStampsAsync(CancellationToken.None);

        Assert.Null(stamps);
        Assert.Equal(LiveSearch, Assert.Single(cluster.Requests).Path);
    }

    [Fact]
    public async Task ReadStampsAsync_ReadsPagesAfterTheLastKey_UntilAShortPage()
    {
        await using var cluster = await FakeCluster.StartAsync();
        var keys = Enumerable.Range(0, 5_003).Select(i => $"{i:x32}:zh-CN").ToList();
        cluster.On("POST", LiveSearch, r =>
        {
            var after = (string?)r.Json["search_after"]?[0];
            var page = keys.Where(k => after is null || string.CompareOrdinal(k, after) > 0).Take((int)r.Json["size"]!);
            return ClusterAnswer.Ok(EsJson.Search(0, page.Select(k => new JsonObject
            {
                ["_index"] = "federation-content-20261126030229123",
                ["_id"] = k,
                ["_score"] = null,
                ["_source"] = new JsonObject { ["key"] = k, ["stamp"] = "stamp of " + k },
                ["sort"] = new JsonArray(k),
            })));
        });

        var stamps = await cluster.Engine().ReadStampsAsync(CancellationToken.None);

        Assert.NotNull(stamps);
        Assert.Equal(keys.Count, stamps.Count);
        Assert.Equal("stamp of " + keys[5_002], stamps[keys[5_002]]);
        Assert.Equal(2, cluster.Requests.Count);
        var first = cluster.Requests[0].Json;
        Assert.Null(first["search_after"]);
        Assert.Equal(["key", "stamp"], first["_source"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("asc", (string)first["sort"]![0]!["key"]!);
        Assert.Equal(keys[4_999], (string)cluster.Requests[1].Json["search_after"]![0]!);
    }

    [Fact]
    public async Task ReadStampsAsync_OfAnIndexThatCannotBeSortedByKey_IsNull()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => EsJson.Error(400, "search_phase_execution_exception", "No mapping found for [key] in order to sort on"));

        Assert.Null(await cluster.Engine().ReadStampsAsync(CancellationToken.None));
    }
}
