using System.Net;
using Federation.Tests.Shared;

namespace Federation.Web.Tests.GraphQL;

/// <summary>The schema as SDL at /graphql/schema.graphql, the same as the copy committed beside the schema's code.</summary>
public sealed class SchemaFileTests(FederationSite site) : IClassFixture<FederationSite>
{
    static readonly string Committed = Path.Combine(RepositoryPaths.Root, "src/Api/GraphQL/SchemaFile/schema.graphql");

    [Fact]
    public async Task ServedSchema_IsTheCommittedOne()
    {
        var response = await site.CreateClient().GetAsync("/graphql/schema.graphql");
        var served = await response.Content.ReadAsStringAsync();
        if (Environment.GetEnvironmentVariable("FEDERATION_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(Committed, served);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("type News implements Node & Content {", served, StringComparison.Ordinal);
        Assert.True(
            served == await File.ReadAllTextAsync(Committed),
            "The schema changed: review the change, then run the tests with FEDERATION_UPDATE_SCHEMA=1 to update src/Api/GraphQL/SchemaFile/schema.graphql.");
    }
}
