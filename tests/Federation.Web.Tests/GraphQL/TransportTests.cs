using System.Net;
using System.Text;

namespace Federation.Web.Tests.GraphQL;

/// <summary>GraphQL over HTTP as the current draft specifies: methods, media types and status codes.</summary>
public sealed class TransportTests(FederationSite site) : IClassFixture<FederationSite>
{
    readonly GraphQLClient client = new(site.CreateClient());

    const string NewsTitles = "{ news(first: 1) { totalCount edges { node { title } } } }";

    static HttpRequestMessage Post(string body, string contentType = "application/json") =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };

    [Fact]
    public async Task Post_WithGraphQLResponseAccept_AnswersInThatType()
    {
        var (response, body) = await client.PostAsync(NewsTitles);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLClient.GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.True(body["data"]!["news"]!["totalCount"]!.GetValue<int>() >= 2);
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLClient.GraphQLResponse)]
    [InlineData(null, "application/json")]
    public async Task Accept_ChoosesTheResponseType(string? accept, string expected)
    {
        var (response, _) = await client.SendAsync(Post($$"""{"query":"{{NewsTitles}}"}"""), accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Accept_WithNeitherType_Is406()
    {
        var (response, body) = await client.SendAsync(Post($$"""{"query":"{{NewsTitles}}"}"""), "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("Accept", GraphQLClient.FirstError(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RunsAQuery()
    {
        var (response, body) = await client.GetAsync(NewsTitles);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body["data"]!["news"]!["edges"]![0]!["node"]!["title"]);
    }

    [Fact]
    public async Task Get_WithAMutation_Is405AllowingPost()
    {
        var (response, body) = await client.GetAsync("mutation Publish { publish(id: 1) }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("POST", GraphQLClient.FirstError(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethods_Are405AllowingGetAndPost(string method)
    {
        var (response, _) = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{ news(first: 2 ", "SYNTAX_ERROR")]
    [InlineData("{ news { nope } }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ news(first: $m) { totalCount } }", "NO_UNDEFINED_VARIABLES")]
    public async Task ParseAndValidationErrors_Are400_UnderGraphQLResponse_And200_UnderJson(string query, string code)
    {
        var (strict, strictBody) = await client.PostAsync(query);
        var (legacy, legacyBody) = await client.PostAsync(query, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(code, strictBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(strictBody["data"]);
        Assert.Equal(code, legacyBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"query\": ", "not valid JSON")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{\"query\": 5}", "\"query\" must be a string")]
    [InlineData("{\"query\": \"{ news { totalCount } }\", \"variables\": [1]}", "\"variables\" must be a JSON object")]
    [InlineData("{}", "no \"query\"")]
    public async Task MalformedBodies_Are400WithAReason(string body, string reason)
    {
        var (response, answer) = await client.SendAsync(Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, GraphQLClient.FirstError(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotJson_Is415()
    {
        var (response, answer) = await client.SendAsync(Post(NewsTitles, "application/graphql"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", GraphQLClient.FirstError(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWithBrokenVariables_Is400()
    {
        var (response, answer) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(NewsTitles) + "&variables=%7Bbroken"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"variables\"", GraphQLClient.FirstError(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVeryLargeBody_Is413()
    {
        var query = "{ news { totalCount } }" + new string(' ', 300_000);

        var (response, _) = await client.PostAsync(query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ADocumentNestedTooDeeply_IsARequestError_OverGetAndPost()
    {
        var query = "{ news " + string.Concat(Enumerable.Repeat("{ a ", 300)) + new string('}', 301);

        var (viaGet, getBody) = await client.GetAsync(query);
        var (viaPost, postBody) = await client.PostAsync(query);
        var (legacy, _) = await client.PostAsync(query, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, viaGet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, viaPost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("MAX_DEPTH_EXCEEDED", getBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("MAX_DEPTH_EXCEEDED", postBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongVariableType_IsAValidationError_NotAServerError()
    {
        var (response, body) = await client.PostAsync("query($n: Int) { news(first: $n) { totalCount } }", new { n = "many" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_VALUE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
