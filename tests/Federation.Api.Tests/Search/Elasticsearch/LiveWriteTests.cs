using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>Writes to the live index: through the alias, visible when they return, every failed item reported.</summary>
public sealed class LiveWriteTests
{
    const string LiveBulk = "/federation-content/_bulk";

    [Fact]
    public async Task IndexAsync_WritesThroughTheAlias_AndWaitsUntilSearchesSeeTheChange()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveBulk, EsJson.BulkAccepted);

        await cluster.Engine().IndexAsync([Documents.Standard()], CancellationToken.None);

        var bulk = Assert.Single(cluster.Requests);
        var parameters = System.Web.HttpUtility.ParseQueryString(bulk.Query);
        Assert.Equal("wait_for", parameters["refresh"]);
        Assert.Equal("true", parameters["require_alias"]);
        Assert.Equal("ApiKey " + FakeCluster.ApiKey, bulk.Authorization);
        Assert.Equal(Documents.Standard().Key, (string)bulk.NdjsonLines[0]["index"]!["_id"]!);
    }

    [Fact]
    public async Task RemoveAsync_DeletesTheDocumentOfEveryCulture_AndAMissingOneIsNoError()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveBulk, EsJson.BulkAccepted);

        await cluster.Engine().RemoveAsync([Documents.StandardId, Documents.NewsId], CancellationToken.None);

        var bulk = Assert.Single(cluster.Requests);
        Assert.Contains("refresh=wait_for", bulk.Query, StringComparison.Ordinal);
        Assert.Equal(
            [
                SearchDocument.KeyOf(Documents.StandardId, Cultures.Chinese), SearchDocument.KeyOf(Documents.StandardId, Cultures.English),
                SearchDocument.KeyOf(Documents.NewsId, Cultures.Chinese), SearchDocument.KeyOf(Documents.NewsId, Cultures.English),
            ],
            bulk.NdjsonLines.Select(l => (string)l["delete"]!["_id"]!));
    }

    [Fact]
    public async Task IndexAsync_WhenOneDocumentIsRefused_ThrowsNamingItAndTheReason()
    {
        await using var cluster = await FakeCluster.StartAsync();
        var refused = Documents.News().Key;
        cluster.On("POST", LiveBulk, r => ClusterAnswer.Ok(EsJson.Bulk(r, refused, 400, "document_parsing_exception", "[1:120] failed to parse field [date] of type [date]")));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Engine().IndexAsync([Documents.Standard(), Documents.News()], CancellationToken.None));

        Assert.Contains(refused, e.Message, StringComparison.Ordinal);
        Assert.Contains("failed to parse field [date]", e.Message, StringComparison.Ordinal);
        Assert.Contains("1 of 2", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Documents.Standard().Key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_WhenTheClusterRejectsItemsForNow_IsUnavailable()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveBulk, r => ClusterAnswer.Ok(EsJson.Bulk(r, Documents.Standard().Key, 429, "es_rejected_execution_exception", "rejected execution of coordinating operation")));

        var e = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine().IndexAsync([Documents.Standard()], CancellationToken.None));

        Assert.Contains(Documents.Standard().Key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_WithNoLiveIndex_FailsWithTheReasonInsteadOfCreatingOne()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveBulk, r => ClusterAnswer.Ok(EsJson.Bulk(r, Documents.Standard().Key, 404, "index_not_found_exception", "no such index [federation-content] and [require_alias] request flag is [true] and [federation-content] is not an alias")));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Engine().IndexAsync([Documents.Standard()], CancellationToken.None));

        Assert.Contains("is not an alias", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexAsync_OfNothing_SendsNothing()
    {
        await using var cluster = await FakeCluster.StartAsync();

        await cluster.Engine().IndexAsync([], CancellationToken.None);
        await cluster.Engine().RemoveAsync([], CancellationToken.None);

        Assert.Empty(cluster.Requests);
    }
}
