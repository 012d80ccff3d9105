using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Federation.Web.Tests.GraphQL;

/// <summary>
/// A corpus of malformed and hostile requests: broken JSON, wrong variable types, deep nesting,
/// alias and fragment bombs, huge strings. Each gets a 4xx, or a 200 with errors, and a reason;
/// never a 500, never the server's own failure message.
/// </summary>
public sealed class MalformedInputTests(FederationSite site) : IClassFixture<FederationSite>
{
    const string Unhandled = "Error executing document";

    public static TheoryData<string, string> Bodies => new()
    {
        { "empty body", "" },
        { "unclosed object", "{" },
        { "missing value", """{"query": }""" },
        { "array", """[{"query": "{ news { totalCount } }"}]""" },
        { "string", "\"{ news { totalCount } }\"" },
        { "null", "null" },
        { "query as number", """{"query": 5}""" },
        { "variables as string", """{"query": "{ news { totalCount } }", "variables": "x"}""" },
        { "variables nested past the JSON limit", """{"query": "{ news { totalCount } }", "variables": {"a": """ + new string('[', 5000) + new string(']', 5000) + "}}" },
        { "lone surrogate", """{"query": "{ news(tag: \"\uD800\") { totalCount } }"}""" },
        { "NUL in a string", """{"query": "{ news(tag: \"a\u0000b\") { totalCount } }"}""" },
        { "empty query", """{"query": ""}""" },
        { "only a comment", """{"query": "# nothing here"}""" },
        { "syntax error", """{"query": "{ news { totalCount }"}""" },
        { "two operations, no name", """{"query": "query A { news { totalCount } } query B { forums { totalCount } }"}""" },
        { "unknown operation name", """{"query": "query A { news { totalCount } }", "operationName": "B"}""" },
        { "string for an Int", """{"query": "query($n: Int) { news(first: $n) { totalCount } }", "variables": {"n": "ten"}}""" },
        { "Int out of range", """{"query": "{ news(first: 2147483648) { totalCount } }"}""" },
        { "huge number variable", """{"query": "query($n: Int) { news(first: $n) { totalCount } }", "variables": {"n": 1e308}}""" },
        { "unknown enum value", """{"query": "{ news(culture: FR) { totalCount } }"}""" },
        { "enum value as string variable", """{"query": "query($c: Culture) { news(culture: $c) { totalCount } }", "variables": {"c": "fr-FR"}}""" },
        { "impossible date", """{"query": "query($d: Date) { news(from: $d) { totalCount } }", "variables": {"d": "2026-13-45"}}""" },
        { "list for a scalar", """{"query": "query($t: String) { news(tag: $t) { totalCount } }", "variables": {"t": ["a", "b"]}}""" },
        { "object for an ID", """{"query": "query($id: ID!) { node(id: $id) { id } }", "variables": {"id": {"x": 1}}}""" },
        { "missing required variable", """{"query": "query($id: ID!) { node(id: $id) { id } }"}""" },
        { "directive with a wrong type", """{"query": "{ news @skip(if: \"yes\") { totalCount } }"}""" },
        { "unknown directive", """{"query": "{ news @cache { totalCount } }"}""" },
        { "cycle of fragments", """{"query": "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"}""" },
        { "forged cursor", """{"query": "{ news(after: \"%%%\") { totalCount } }"}""" },
        { "negative cursor", """{"query": "{ news(after: \"YXQ6LTE=\") { totalCount } }"}""" },
        { "enormous cursor", Q("{ news(after: \"" + new string('A', 100_000) + "\") { totalCount } }") },
        { "huge string argument", Q("{ news(tag: \"" + new string('长', 60_000) + "\") { totalCount } }") },
        { "deeply nested selection", Q(new string('{', 20_000)) },
        { "deeply nested list argument", Q("{ news(tag: " + new string('[', 3000) + "\"a\"" + new string(']', 3000) + ") { totalCount } }") },
        { "alias bomb", Q("{ " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"a{i}: news {{ edges {{ node {{ title }} }} }} ")) + "}") },
        { "introspection alias bomb", Q("{ " + string.Concat(Enumerable.Range(0, 300).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }} ")) + "}") },
        {
            "fragment bomb",
            Q("{ ...F0 } fragment F30 on Query { news { edges { node { title } } } } "
                + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} n{i}: news {{ totalCount }} ...F{i + 1} }} ")))
        },
        {
            "wide fragment bomb",
            Q("{ news { edges { node { ...A } } } } fragment A on News { " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"t{i}: title "))
                + " related { ...B } } fragment B on Content { ...on News { ...A } }")
        },
    };

    // A well-formed body carrying the query as it is.
    static string Q(string query) => System.Text.Json.JsonSerializer.Serialize(new { query });

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task MalformedPost_IsAClientError_WithAReason(string name, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        await AssertRefusedAsync(name, request);
    }

    [Theory]
    [InlineData("no query", "/graphql")]
    [InlineData("variables not JSON", "/graphql?query=%7B+news+%7B+totalCount+%7D+%7D&variables=%7B")]
    [InlineData("variables an array", "/graphql?query=%7B+news+%7B+totalCount+%7D+%7D&variables=%5B1%5D")]
    [InlineData("extensions not JSON", "/graphql?query=%7B+news+%7B+totalCount+%7D+%7D&extensions=nope")]
    [InlineData("percent garbage", "/graphql?query=%ZZ%7B")]
    [InlineData("repeated query", "/graphql?query=%7B+news+%7B+totalCount+%7D+%7D&query=%7B")]
    [InlineData("documentId and query", "/graphql?query=%7B+news+%7B+totalCount+%7D+%7D&documentId=sha256%3Aab")]
    public async Task MalformedGet_IsAClientError_WithAReason(string name, string url) =>
        await AssertRefusedAsync(name, new HttpRequestMessage(HttpMethod.Get, url));

    [Fact]
    public async Task TenThousandUnusedVariables_AreIgnored_AsTheSpecificationSays()
    {
        var body = """{"query": "{ news { totalCount } }", "variables": {""" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"v{i}\": {i}")) + "}}";
        var response = await site.CreateClient().PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answer["data"]!["news"]!["totalCount"]!.GetValue<int>() >= 2);
    }

    [Fact]
    public async Task InvalidUtf8_IsAClientError_WithAReason()
    {
        var bytes = "{\"query\": \"{ news(tag: \\\""u8.ToArray().Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat("\\\") { totalCount } }\"}"u8.ToArray()).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        await AssertRefusedAsync("invalid UTF-8", new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content });
    }

    async Task AssertRefusedAsync(string name, HttpRequestMessage request)
    {
        request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponse);
        var response = await site.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode is >= 200 and < 500, $"{name}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        var errors = JsonNode.Parse(text)!["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, $"{name}: answered without an error: {text[..Math.Min(300, text.Length)]}");
        Assert.All(errors!, e => Assert.DoesNotContain(Unhandled, e!["message"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(errors!, e => Assert.False(string.IsNullOrWhiteSpace(e!["message"]!.GetValue<string>()), $"{name}: an error without a reason"));
    }
}
