using System.Net;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Search;

/// <summary>The engine <c>Search:Engine</c> names, and a site whose cluster does not answer.</summary>
public sealed class EngineChoiceTests
{
    [Fact]
    public async Task AClusterThatDoesNotAnswer_LeavesTheSiteServing_AndSearchSaysSo()
    {
        // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
        await using var site = FederationSite.With(new Dictionary<string, string>
        {
            ["Search:Engine"] = "elasticsearch",
            ["Search:Elasticsearch:Url"] = "http://127.0.0.1:9",
        });
        var client = site.CreateClient();

        var home = await client.GetAsync("/");
        var found = await site.Services.GetRequiredService<ISiteSearch>().SearchAsync(new SearchRequest { Text = "标准" });
        var graphql = await new GraphQL.GraphQLClient(client).DataAsync("""{ search(query: "标准") { state totalCount } }""");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(SearchState.Unavailable, found.State);
        Assert.Equal("UNAVAILABLE", graphql["search"]!["state"]!.GetValue<string>());
        Assert.Equal(0, graphql["search"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public void AnUnknownEngine_StopsStartUpWithTheChoices()
    {
        using var site = FederationSite.With(new Dictionary<string, string> { ["Search:Engine"] = "solr" });

        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());

        Assert.Contains("Search:Engine is \"solr\"; it must be \"lucene\" or \"elasticsearch\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeNumberOfBuildThreads_StopsStartUpNamingTheSetting()
    {
        using var site = FederationSite.With(new Dictionary<string, string> { ["Search:BuildThreads"] = "-1" });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => site.CreateClient());

        Assert.Contains("Search:BuildThreads must be 0 (all cores but one) or a number of threads", error.Message, StringComparison.Ordinal);
    }
}
