using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Federation.Web.Tests.GraphQL;

/// <summary>A partner's client of <c>/graphql</c>: POSTs and GETs queries and reads the JSON answer.</summary>
internal sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>POSTs <paramref name="query"/> as application/json.</summary>
    public async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string query, object? variables = null, string accept = GraphQLResponse)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") }, accept);
    }

    /// <summary>POSTs a JSON body as it is.</summary>
    public Task<(HttpResponseMessage Response, JsonNode Body)> PostJsonAsync(string json, string accept = GraphQLResponse) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") }, accept);

    /// <summary>GETs <paramref name="query"/> in the query string.</summary>
    public Task<(HttpResponseMessage Response, JsonNode Body)> GetAsync(string query, string accept = GraphQLResponse) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)), accept);

    public async Task<(HttpResponseMessage Response, JsonNode Body)> SendAsync(HttpRequestMessage request, string? accept = GraphQLResponse)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonNode.Parse(text)!);
    }

    /// <summary>The data of a query that must succeed.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var (response, body) = await PostAsync(query, variables);
        Assert.True(body["errors"] is null, $"the query failed: {body["errors"]}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return body["data"]!;
    }

    /// <summary>The first error's message.</summary>
    public static string? FirstError(JsonNode body) => body["errors"]?[0]?["message"]?.GetValue<string>();
}
