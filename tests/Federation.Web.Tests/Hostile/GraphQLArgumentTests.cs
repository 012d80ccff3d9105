using System.Text;
using System.Text.Json;
using static Federation.Web.Tests.Hostile.Payloads;

namespace Federation.Web.Tests.Hostile;

/// <summary>
/// Hostile values in every string argument of the GraphQL API, as variables (POST) and inline (GET):
/// a 200 with data or a 4xx with errors, never a 5xx, and search always answers with data. The
/// transport's own malformations are in GraphQL/MalformedInputTests.
/// </summary>
public sealed class GraphQLArgumentTests(FederationSite site) : IClassFixture<FederationSite>
{
    static readonly string[] Fields =
    [
        "news(tag: $v) { totalCount edges { node { title } } }", "newsItem(slug: $v) { title }", "forums(organiser: $v) { totalCount }",
        "standards(domain: $v) { totalCount }", "standards(code: $v) { totalCount }", "standard(code: $v) { title }", "courses(occupation: $v) { totalCount }",
        "pages(parent: $v) { totalCount }", "node(id: $v) { id }", "news(after: $v) { totalCount }",
        "search(query: $v) { totalCount state edges { highlights { field html } node { ... on News { title } } } }",
    ];

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var field = 0; field < Fields.Length; field++)
        {
            foreach (var payload in Text)
            {
                data.Add(field, payload.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task StringArgument_WithAHostileValue_AnswersSafely(int field, string payloadName)
    {
        var payload = Named(payloadName);
        await Probe.WarmAsync(site);
        var marker = Marker(Fields[field] + payload.Name);
        var type = Fields[field].StartsWith("node", StringComparison.Ordinal) ? "ID!" : Fields[field].StartsWith("search", StringComparison.Ordinal) || Fields[field].StartsWith("newsItem", StringComparison.Ordinal) ? "String!" : "String";
        var body = JsonSerializer.Serialize(new { query = $"query($v: {type}) {{ {Fields[field]} }}", variables = new { v = payload.Make(marker) } });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var answer = await Probe.SendAsync(site.CreateClient(), request, $"{Fields[field]} {payload.Name}", marker);

        if (Fields[field].StartsWith("search", StringComparison.Ordinal))
        {
            // docs/search.md: a search never errors; odd text is searched as text.
            Assert.True(answer.Status == 200 && !answer.Body.Contains("\"errors\"", StringComparison.Ordinal), $"search errored: {answer}");
        }
    }

    public static TheoryData<string> Inline() =>
    [
        "{ news(first: -1) { totalCount } }", "{ news(first: 0) { totalCount } }", "{ news(last: 2147483647) { totalCount } }", "{ news(first: 5, last: 5) { totalCount } }",
        "{ news(from: \"0001-01-01\", to: \"9999-12-31\") { totalCount } }", "{ news(from: \"9999-12-31\", to: \"0001-01-01\") { totalCount } }",
        "{ standards(year: -2147483648) { totalCount } }", "{ standards(year: 0) { totalCount } }", "{ search(query: \"\") { totalCount } }",
        "{ search(query: \"   \") { totalCount } }", "{ search(query: \"标准\", first: 100000) { totalCount } }", "{ search(query: \"标准\", year: 99999) { totalCount } }",
        "{ search(query: \"标准\", after: \"AAAA\") { totalCount } }", "{ search(query: \"\\uD800\") { totalCount } }", "{ search(query: \"*:* OR title:[* TO *]\") { totalCount } }",
        "{ search(query: \"\\\"unclosed\") { totalCount } }", "{ search(query: \"a~999 b^999 c* ?d\") { totalCount } }", "{ search(query: \"AND OR NOT\") { totalCount } }",
        "{ node(id: \"\") { id } }", "{ node(id: \"bmV3czo=\") { id } }", "{ node(id: \"Zm9yOm5vdC1hLWd1aWQ=\") { id } }", "subscription { news { totalCount } }",
        "mutation { publish }", "{ __type(name: \"<script>\") { name } }", "{ standard { title } }", "{ standard(slug: \"a\", code: \"b\") { title } }",
    ];

    [Theory]
    [MemberData(nameof(Inline))]
    public async Task InlineArgument_AnswersSafely(string query)
    {
        await Probe.WarmAsync(site);
        await Probe.GetAsync(site.CreateClient(), "/graphql?query=" + Uri.EscapeDataString(query), query, "<script>");
    }
}
