using System.Net;
using System.Text;

namespace Federation.Web.Tests.GraphQL;

/// <summary>The limits of one request: its cost (reported in extensions), depth, and size, each refused with a reason before anything runs.</summary>
public sealed class LimitsTests
{
    // The query GraphQL tools send to learn the schema; its type references nest nine levels.
    const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    [Fact]
    public async Task Cost_IsReportedInExtensions_OnePerFieldTimesThePageSize()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var (_, ten) = await client.PostAsync("{ news(first: 10) { edges { node { title } } } }");
        var (_, unsized) = await client.PostAsync("{ news { edges { node { title } } } }");

        // news 1, edges 1, and node and title once per item of the page.
        Assert.Equal(1 + 1 + 10 + 10, ten["extensions"]!["cost"]!["requested"]!.GetValue<int>());
        Assert.Equal(1 + 1 + 20 + 20, unsized["extensions"]!["cost"]!["requested"]!.GetValue<int>());
        Assert.Equal(20_000, ten["extensions"]!["cost"]!["maximum"]!.GetValue<int>());
    }

    [Fact]
    public async Task TooCostlyAnOperation_IsRefusedUnrun_WithItsCost()
    {
        await using var site = FederationSite.With(new Dictionary<string, string> { ["GraphQL:MaxCost"] = "1000" });
        var client = new GraphQLClient(site.CreateClient());

        var (response, body) = await client.PostAsync("{ news(first: 100) { edges { node { title related { title related { title } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.Equal("COMPLEXITY", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("maximum allowed on this endpoint is 1000", GraphQLClient.FirstError(body), StringComparison.Ordinal);
        Assert.True(body["extensions"]!["cost"]!["requested"]!.GetValue<int>() > 1000);
    }

    [Fact]
    public async Task TooDeepAnOperation_IsRefusedUnrun_EvenWhenCheap()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());
        var nested = "{ page(slug: \"contact\") { " + string.Concat(Enumerable.Repeat("parent { ", 15)) + "title" + new string('}', 16) + " }";

        var (response, body) = await client.PostAsync(nested);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("maximum allowed on this endpoint is 15", GraphQLClient.FirstError(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFragmentBomb_IsRefusedBeforeItIsSpreadOut()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());
        // Each fragment spreads the next twice: 2^30 selections from a few lines.
        var bomb = "{ ...F0 } fragment F30 on Query { news { totalCount } } "
            + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "));

        var (response, body) = await client.PostAsync(bomb);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the document selects more than 1000 fields once its fragments are spread, the most allowed on this endpoint", GraphQLClient.FirstError(body));
        Assert.Equal("COMPLEXITY", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheStandardIntrospectionQuery_IsWithinTheLimits()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var data = await client.DataAsync(Introspection);

        var types = data["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("News", types);
        Assert.Contains("Content", types);
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Null(data["__schema"]!["mutationType"]);
    }

    [Fact]
    public async Task ABodyOverTheConfiguredSize_Is413()
    {
        await using var site = FederationSite.With(new Dictionary<string, string> { ["GraphQL:MaxRequestBytes"] = "2048" });
        var client = new GraphQLClient(site.CreateClient());
        var padding = new string(' ', 2048);

        var (small, _) = await client.PostAsync("{ news(first: 1) { totalCount } }");
        var (large, body) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent($$"""{"query": "{ news { totalCount } }{{padding}}"}""", Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("the body is larger than 2048 bytes", GraphQLClient.FirstError(body));
    }
}
