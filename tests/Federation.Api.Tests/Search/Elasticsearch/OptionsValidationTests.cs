using Federation.Api.Search.Elasticsearch;
using Federation.Api.Search.Engine;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>Start-up refuses settings with which no request could reach the cluster.</summary>
public sealed class OptionsValidationTests
{
    static SearchOptions Valid() => new()
    {
        Engine = "elasticsearch",
        Elasticsearch = { Url = new Uri("https://search.example:9200"), ApiKey = FakeCluster.ApiKey },
    };

    [Fact]
    public void TheDefaults_WithAClusterAddress_AreValid()
    {
        Assert.True(new ElasticsearchOptionsValidation().Validate(null, Valid()).Succeeded);
    }

    [Fact]
    public void NoClusterAddress_IsRefused_NamingTheSetting()
    {
        var options = Valid();
        options.Elasticsearch.Url = null;

        var result = new ElasticsearchOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Search:Elasticsearch:Url", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Federation")]
    [InlineData("_content")]
    [InlineData("content*")]
    [InlineData("site content")]
    [InlineData("")]
    public void AnAliasElasticsearchCannotNameAnIndexBy_IsRefused(string alias)
    {
        var options = Valid();
        options.Elasticsearch.Alias = alias;

        Assert.Contains("Search:Elasticsearch:Alias", new ElasticsearchOptionsValidation().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonPositiveTimeout_IsRefused()
    {
        var options = Valid();
        options.Elasticsearch.Timeout = TimeSpan.Zero;

        Assert.Contains("Search:Elasticsearch:Timeout", new ElasticsearchOptionsValidation().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("key\r\nX-Injected: 1")]
    [InlineData("two words")]
    public void AnApiKeyThatIsNotAnEncodedKey_IsRefused(string key)
    {
        var options = Valid();
        options.Elasticsearch.ApiKey = key;

        Assert.Contains("Search:Elasticsearch:ApiKey", new ElasticsearchOptionsValidation().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
