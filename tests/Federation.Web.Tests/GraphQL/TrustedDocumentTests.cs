using System.Net;
using System.Security.Cryptography;
using System.Text;
using Federation.Tests.Shared;

namespace Federation.Web.Tests.GraphQL;

/// <summary>Trusted documents: a short GET naming a document in the repository by its SHA-256, with variables.</summary>
public sealed class TrustedDocumentTests(FederationSite site) : IClassFixture<FederationSite>
{
    readonly GraphQLClient client = new(site.CreateClient());

    static string IdOfFile(string name) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "src/Api/GraphQL/TrustedDocuments/Documents", name))));

    [Fact]
    public async Task ADocumentInTheRepository_RunsByItsId_WithVariables()
    {
        var id = IdOfFile("latest-news.graphql");

        var (response, body) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={id}&variables=" + Uri.EscapeDataString("""{"first": 1, "culture": "EN"}""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        var news = body["data"]!["news"]!;
        Assert.Single(news["edges"]!.AsArray());
        Assert.StartsWith("http://localhost/en/news/", news["edges"]![0]!["node"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachDocumentInTheRepository_IsValidAgainstTheSchema()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src/Api/GraphQL/TrustedDocuments/Documents"), "*.graphql"))
        {
            var (response, body) = await client.PostJsonAsync($$"""{"documentId": "{{IdOfFile(Path.GetFileName(file))}}"}""");

            Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, $"{Path.GetFileName(file)}: {body["errors"]}");
        }
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", "DOCUMENT_NOT_FOUND")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e", "INVALID_DOCUMENT_ID")]
    [InlineData("sha256:zz", "INVALID_DOCUMENT_ID")]
    public async Task UnknownOrMalformedIds_AreRequestErrors_WithACode(string documentId, string code)
    {
        var (response, body) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + Uri.EscapeDataString(documentId)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task QueryAndDocumentIdTogether_Is400()
    {
        var (response, body) = await client.PostJsonAsync($$"""{"query": "{ news { totalCount } }", "documentId": "{{IdOfFile("latest-news.graphql")}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("give \"query\" or \"documentId\", not both", GraphQLClient.FirstError(body));
    }

    [Fact]
    public async Task TheIdIsTheSha256OfTheDocumentsBytes()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "src/Api/GraphQL/TrustedDocuments/Documents/upcoming-forums.graphql"), Encoding.UTF8);

        var (byId, _) = await client.PostJsonAsync($$"""{"documentId": "sha256:{{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}}"}""");
        var (changed, body) = await client.PostJsonAsync($$"""{"documentId": "sha256:{{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text + " ")))}}"}""");

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Equal("DOCUMENT_NOT_FOUND", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
