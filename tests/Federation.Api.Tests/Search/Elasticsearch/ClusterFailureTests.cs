using Federation.Api.Search.Engine;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>A cluster that cannot answer makes search unavailable, with a message naming the cluster and never its key.</summary>
public sealed class ClusterFailureTests
{
    const string LiveSearch = "/federation-content/_search";

    static readonly SearchRequest Query = new() { Text = "人工智能" };

    [Theory]
    [InlineData(503, "cluster_block_exception")]
    [InlineData(500, "null_pointer_exception")]
    [InlineData(429, "es_rejected_execution_exception")]
    public async Task SearchAsync_WhenTheClusterFails_IsUnavailable_NamingTheClusterAndTheStatus(int status, string type)
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => EsJson.Error(status, type, "blocked"));

        var e = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine().SearchAsync(Query, CancellationToken.None));

        Assert.Contains(cluster.Url.Authority, e.Message, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCluster.ApiKey, e.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task SearchAsync_WhenTheKeyIsRefused_IsUnavailable_WithoutShowingTheKey(int status)
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => EsJson.Error(status, "security_exception", "unable to authenticate with provided credentials and anonymous access is not allowed for this request"));

        var e = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine().SearchAsync(Query, CancellationToken.None));

        Assert.Contains("credentials", e.Message, StringComparison.Ordinal);
        Assert.Contains(cluster.Url.Authority, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCluster.ApiKey, e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_WhenTheClusterRefusesTheRequest_ThrowsWithItsReason_ForItIsTheEnginesMistake()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => EsJson.Error(400, "x_content_parse_exception", "[1:2] [highlight] unknown field [fragmentsize]"));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.Engine().SearchAsync(Query, CancellationToken.None));

        Assert.Contains("400", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown field [fragmentsize]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_WhenTheClusterIsTooSlow_IsUnavailableAfterTheTimeout()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => new ClusterAnswer(200, EsJson.Search(0, []), Delay: TimeSpan.FromSeconds(30)));
        var engine = cluster.Engine(o => o.Timeout = TimeSpan.FromMilliseconds(300));
        var started = TimeProvider.System.GetTimestamp();

        var e = await Assert.ThrowsAsync<SearchUnavailableException>(() => engine.SearchAsync(Query, CancellationToken.None));

        Assert.Contains("did not answer", e.Message, StringComparison.Ordinal);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SearchAsync_WhenNothingListens_IsUnavailable()
    {
        await using var cluster = await FakeCluster.StartAsync();
        var refusing = FakeCluster.Refusing();

        var e = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine(o => o.Url = refusing).SearchAsync(Query, CancellationToken.None));

        Assert.Contains(refusing.Authority, e.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_CancelledByTheCaller_IsCancelled_NotUnavailable()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => new ClusterAnswer(200, EsJson.Search(0, []), Delay: TimeSpan.FromSeconds(30)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cluster.Engine().SearchAsync(Query, cancel.Token));
    }

    [Fact]
    public async Task Messages_NameTheClusterWithoutUserInformation()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", LiveSearch, _ => EsJson.Error(503, "cluster_block_exception", "blocked"));
        var withUser = new UriBuilder(cluster.Url) { UserName = "elastic", Password = "changeme" }.Uri;

        var e = await Assert.ThrowsAsync<SearchUnavailableException>(() => cluster.Engine(o => o.Url = withUser).SearchAsync(Query, CancellationToken.None));

        Assert.DoesNotContain("changeme", e.Message, StringComparison.Ordinal);
        Assert.Contains(cluster.Url.Authority, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesWithoutAnApiKey_SendNoAuthorization()
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.On("POST", "/federation-content/_bulk", EsJson.BulkAccepted);

        await cluster.Engine(o => o.ApiKey = null).IndexAsync([Documents.Standard()], CancellationToken.None);

        Assert.Null(Assert.Single(cluster.Requests).Authorization);
    }
}
