using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>A new index beside the live one: created with CJK analysis, filled by bulk, swapped in by one alias call.</summary>
public sealed class IndexBuildTests
{
    const string NewIndex = "federation-content-20261126030229123";
    const string OldIndex = "federation-content-20261101120000000";

    [Fact]
    public async Task BeginBuild_CreatesAnIndexNamedAfterTheAliasAndTheTime_WithTheApiKey()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);

        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        var create = Assert.Single(cluster.Requests, r => r.Method == "PUT");
        Assert.Equal("/" + NewIndex, create.Path);
        Assert.Equal("ApiKey " + FakeCluster.ApiKey, create.Authorization);
        Assert.StartsWith("application/json", create.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginBuild_AnalysesTextWithCjkBigramsAndUnigrams_AndEnglishStemming()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);

        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        var settings = cluster.Requests.Single(r => r.Method == "PUT").Json["settings"]!;
        var analysis = settings["analysis"]!;
        var title = cluster.Requests.Single(r => r.Method == "PUT").Json["mappings"]!["properties"]!["title"]!;
        var analyzer = analysis["analyzer"]![(string)title["analyzer"]!]!;
        Assert.Equal("standard", (string)analyzer["tokenizer"]!);
        var filters = analyzer["filter"]!.AsArray().Select(f => (string)f!).ToList();
        Assert.Equal(["cjk_width", "lowercase"], filters.Take(2));
        var bigrams = analysis["filter"]![filters[2]]!;
        Assert.Equal("cjk_bigram", (string)bigrams["type"]!);
        Assert.True((bool)bigrams["output_unigrams"]!);
        var stemmer = analysis["filter"]![filters[3]]!;
        Assert.Equal("stemmer", (string)stemmer["type"]!);
        Assert.Equal("english", (string)stemmer["language"]!);
        // While the build writes: no replicas, no refreshes.
        Assert.Equal(0, (int)settings["index"]!["number_of_replicas"]!);
        Assert.Equal("-1", (string)settings["index"]!["refresh_interval"]!);
    }

    [Fact]
    public async Task BeginBuild_MapsKeysAsKeywords_TagsForFacets_CodesNormalised_AndDates()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);

        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        var body = cluster.Requests.Single(r => r.Method == "PUT").Json;
        var properties = body["mappings"]!["properties"]!;
        foreach (var keyword in new[] { "key", "id", "culture", "type", "stamp" })
        {
            Assert.Equal("keyword", (string)properties[keyword]!["type"]!);
        }

        foreach (var text in new[] { "title", "summary", "body", "attachment", "tags" })
        {
            Assert.Equal("text", (string)properties[text]!["type"]!);
        }

        Assert.Equal("keyword", (string)properties["tags"]!["fields"]!["keyword"]!["type"]!);
        Assert.Equal("keyword", (string)properties["code"]!["type"]!);
        Assert.Equal("text", (string)properties["code"]!["fields"]!["text"]!["type"]!);
        var normalizer = body["settings"]!["analysis"]!["normalizer"]![(string)properties["code"]!["normalizer"]!]!;
        Assert.Contains("lowercase", normalizer["filter"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("date", (string)properties["date"]!["type"]!);
        Assert.Equal("integer", (string)properties["year"]!["type"]!);
        var prefix = properties["title"]!["fields"]!["prefix"]!;
        var prefixAnalyzer = body["settings"]!["analysis"]!["analyzer"]![(string)prefix["analyzer"]!]!;
        Assert.Contains(prefixAnalyzer["filter"]!.AsArray(), f => (string)body["settings"]!["analysis"]!["filter"]![(string)f!]?["type"]! == "edge_ngram");
    }

    [Fact]
    public async Task AddAsync_PostsNdjsonToTheNewIndex_OneIndexActionPerDocumentByKey_EndingWithANewline()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);
        cluster.On("POST", $"/{NewIndex}/_bulk", EsJson.BulkAccepted);
        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        await build.AddAsync([Documents.Standard(), Documents.News()], CancellationToken.None);

        var bulk = Assert.Single(cluster.Requests, r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));
        Assert.Equal("application/x-ndjson", bulk.ContentType);
        Assert.Equal("", bulk.Query);
        var lines = bulk.NdjsonLines;
        Assert.Equal(4, lines.Count);
        Assert.Equal(Documents.Standard().Key, (string)lines[0]["index"]!["_id"]!);
        Assert.Equal(Documents.News().Key, (string)lines[2]["index"]!["_id"]!);
        var standard = lines[1];
        Assert.Equal("现代服务业 人工智能应用服务规范", (string)standard["title"]!);
        Assert.Equal(Documents.StandardId.ToString("D"), (string)standard["id"]!);
        Assert.Equal("zh-CN", (string)standard["culture"]!);
        Assert.Equal("Standard", (string)standard["type"]!);
        Assert.Equal(["人工智能", "团体标准"], standard["tags"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("T/SSFSIDC 001—2019", (string)standard["code"]!);
        Assert.Equal(2019, (int)standard["year"]!);
        Assert.Equal("2019-12-30T00:00:00.000+08:00", (string)standard["date"]!);
        Assert.Equal("v7:a1", (string)standard["stamp"]!);
        Assert.Null(lines[3]["date"]);
    }

    [Fact]
    public async Task RemoveAsync_DeletesTheItemsDocumentsInEveryCulture_FromTheNewIndex()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);
        cluster.On("POST", $"/{NewIndex}/_bulk", EsJson.BulkAccepted);
        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        await build.RemoveAsync([Documents.StandardId], CancellationToken.None);

        var lines = cluster.Requests.Single(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).NdjsonLines;
        Assert.Equal(
            Cultures.All.Select(c => SearchDocument.KeyOf(Documents.StandardId, c)),
            lines.Select(l => (string)l["delete"]!["_id"]!));
    }

    [Fact]
    public async Task SwapAsync_RefreshesTheNewIndex_MovesTheAliasInOneCall_ThenDeletesTheOldIndex()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster, OldIndex);
        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        await build.SwapAsync(CancellationToken.None);

        Assert.Equal(
            [$"PUT /{NewIndex}", $"PUT /{NewIndex}/_settings", $"POST /{NewIndex}/_refresh", $"GET /_alias/{FakeCluster.Alias}", "POST /_aliases", $"DELETE /{OldIndex}"],
            cluster.Requests.Select(r => $"{r.Method} {r.Path}"));
        var actions = cluster.Requests.Single(r => r.Path == "/_aliases").Json["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.Equal(OldIndex, (string)actions[0]!["remove"]!["index"]!);
        Assert.Equal(FakeCluster.Alias, (string)actions[0]!["remove"]!["alias"]!);
        Assert.Equal(NewIndex, (string)actions[1]!["add"]!["index"]!);
        Assert.Equal(FakeCluster.Alias, (string)actions[1]!["add"]!["alias"]!);
        var live = cluster.Requests.Single(r => r.Path.EndsWith("/_settings", StringComparison.Ordinal)).Json["index"]!.AsObject();
        Assert.True(live.ContainsKey("refresh_interval"));
        Assert.Null(live["refresh_interval"]);
    }

    [Fact]
    public async Task SwapAsync_WithNoLiveIndexYet_OnlyAddsTheAlias()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);
        await using var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        await build.SwapAsync(CancellationToken.None);

        var action = Assert.Single(cluster.Requests.Single(r => r.Path == "/_aliases").Json["actions"]!.AsArray());
        Assert.Equal(NewIndex, (string)action!["add"]!["index"]!);
        Assert.DoesNotContain(cluster.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task DisposeAsync_WithoutASwap_DeletesTheNewIndex()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster);

        await (await cluster.Engine().BeginBuildAsync(CancellationToken.None)).DisposeAsync();

        Assert.Equal($"DELETE /{NewIndex}", cluster.Requests.Select(r => $"{r.Method} {r.Path}").Last());
    }

    [Fact]
    public async Task DisposeAsync_AfterTheSwap_DeletesNothingMore()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster, OldIndex);
        var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);
        await build.SwapAsync(CancellationToken.None);

        await build.DisposeAsync();

        Assert.Equal([$"DELETE /{OldIndex}"], cluster.Requests.Where(r => r.Method == "DELETE").Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task SwapAsync_WhenTheAliasCallFails_LeavesTheOldIndexAndDisposeDeletesTheNewOne()
    {
        await using var cluster = await FakeCluster.StartAsync();
        AnswerBuilds(cluster, OldIndex);
        cluster.On("POST", "/_aliases", _ => EsJson.Error(503, "master_not_discovered_exception", "no master"));
        var build = await cluster.Engine().BeginBuildAsync(CancellationToken.None);

        await Assert.ThrowsAsync<SearchUnavailableException>(() => build.SwapAsync(CancellationToken.None));
        await build.DisposeAsync();

        Assert.Equal([$"DELETE /{NewIndex}"], cluster.Requests.Where(r => r.Method == "DELETE").Select(r => $"{r.Method} {r.Path}"));
    }

    /// <summary>Answers a build's requests as a healthy cluster does, the alias on <paramref name="live"/> (none: no alias yet).</summary>
    static void AnswerBuilds(FakeCluster cluster, params string[] live)
    {
        cluster.On("PUT", "/" + NewIndex, EsJson.IndexCreated(NewIndex));
        cluster.On("PUT", $"/{NewIndex}/_settings", EsJson.Acknowledged);
        cluster.On("POST", $"/{NewIndex}/_refresh", EsJson.Refreshed);
        cluster.On("GET", "/_alias/" + FakeCluster.Alias, _ => live.Length == 0
            ? EsJson.Error(404, "aliases_not_found_exception", $"aliases [{FakeCluster.Alias}] missing")
            : ClusterAnswer.Ok(EsJson.AliasOn(live)));
        cluster.On("POST", "/_aliases", EsJson.Acknowledged);
        cluster.On(r => r.Method == "DELETE", _ => ClusterAnswer.Ok(EsJson.Acknowledged));
    }
}
