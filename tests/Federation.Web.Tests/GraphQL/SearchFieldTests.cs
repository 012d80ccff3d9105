using System.Text.Json.Nodes;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>The <c>search</c> field: the site's own engine, with marked passages, facet counts and forward paging.</summary>
public sealed class SearchFieldTests(FederationSite site) : IClassFixture<FederationSite>
{
    const string Results = """
        totalCount state
        pageInfo { hasNextPage hasPreviousPage endCursor }
        facets { types { type count } years { year count } tags { tag count } }
        edges { cursor score node { __typename title url } highlights { field text html marks { start length } } }
        """;

    GraphQLClient Client => new(site.CreateClient());

    [Fact]
    public async Task Search_FindsTheSpecialActions_WithMarkedTitlesAndTypeCounts()
    {
        var data = await Client.DataAsync($$"""{ search(query: "专项行动", types: [SHOWCASE], first: 20) { {{Results}} } }""");

        var search = data["search"]!;
        Assert.Equal("READY", search["state"]!.GetValue<string>());
        var edges = search["edges"]!.AsArray();
        Assert.True(edges.Count >= 13, $"only {edges.Count} showcases found");
        Assert.All(edges, e => Assert.Equal("Showcase", e!["node"]!["__typename"]!.GetValue<string>()));
        var title = edges[0]!["highlights"]!.AsArray().First(h => h!["field"]!.GetValue<string>() == "title")!;
        Assert.Contains("<mark>专项行动</mark>", title["html"]!.GetValue<string>(), StringComparison.Ordinal);
        var mark = title["marks"]![0]!;
        Assert.Equal("专项行动", title["text"]!.GetValue<string>().Substring(mark["start"]!.GetValue<int>(), mark["length"]!.GetValue<int>()));
        // The type facet counts every type, not only the one asked for.
        var showcases = search["facets"]!["types"]!.AsArray().Single(t => t!["type"]!.GetValue<string>() == "SHOWCASE")!;
        Assert.Equal(search["totalCount"]!.GetValue<int>(), showcases["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_InEnglish_LinksToEnglishPages()
    {
        var data = await Client.DataAsync($$"""{ search(query: "group standards", culture: EN, first: 5) { {{Results}} } }""");

        var edges = data["search"]!["edges"]!.AsArray();
        Assert.NotEmpty(edges);
        Assert.Contains(edges, e => e!["node"]!["title"]!.GetValue<string>() == "Guide to Drafting Shanghai Modern Service Industry Group Standards");
        Assert.All(edges, e => Assert.Contains("/en/", e!["node"]!["url"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_WithAfter_ContinuesWhereThePageEnded()
    {
        var first = (await Client.DataAsync($$"""{ search(query: "服务", first: 3) { {{Results}} } }"""))["search"]!;
        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = (await Client.DataAsync($$"""query($after: String) { search(query: "服务", first: 3, after: $after) { {{Results}} } }""", new { after }))["search"]!;
        var both = (await Client.DataAsync($$"""{ search(query: "服务", first: 6) { {{Results}} } }"""))["search"]!;

        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(next["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(Urls(both), [.. Urls(first), .. Urls(next)]);
    }

    [Fact]
    public async Task YearAndTagFilters_NarrowTheResults_AndAreCounted()
    {
        // content-export knows no dates, so only an item published here has a year.
        await using var dated = new FederationSite();
        await dated.PublishAsync(new NewsFields(), new NewsText { Title = "数据服务年度报告", Slug = "data-services-report", Tags = ["年度报告"] });
        var client = new GraphQLClient(dated.CreateClient());
        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;

        var all = (await client.DataAsync("""{ search(query: "服务", first: 50) { totalCount facets { years { year count } } } }"""))["search"]!;
        var report = (await client.DataAsync("""{ search(query: "年度报告") { facets { tags { tag count } } } }"""))["search"]!;
        var byTag = (await client.DataAsync("""{ search(query: "服务", tag: "年度报告") { totalCount edges { node { title } } } }"""))["search"]!;
        var byYear = (await client.DataAsync("""query($year: Int) { search(query: "服务", year: $year) { totalCount edges { node { title } } } }""", new { year }))["search"]!;

        Assert.Equal(year, all["facets"]!["years"]![0]!["year"]!.GetValue<int>());
        Assert.Equal(1, all["facets"]!["years"]![0]!["count"]!.GetValue<int>());
        Assert.Contains(report["facets"]!["tags"]!.AsArray(), t => t!["tag"]!.GetValue<string>() == "年度报告" && t["count"]!.GetValue<int>() == 1);
        Assert.True(all["totalCount"]!.GetValue<int>() > 1);
        Assert.Equal("数据服务年度报告", byTag["edges"]![0]!["node"]!["title"]!.GetValue<string>());
        Assert.Equal(1, byTag["totalCount"]!.GetValue<int>());
        Assert.Equal("数据服务年度报告", byYear["edges"]![0]!["node"]!["title"]!.GetValue<string>());
        Assert.Equal(1, byYear["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("，。！？")]
    [InlineData("title:(标准 AND *)^2 ~[")]
    [InlineData("\"unbalanced")]
    public async Task OddQueries_AnswerWithoutErrors(string query)
    {
        var data = await Client.DataAsync($$"""query($q: String!) { search(query: $q) { {{Results}} } }""", new { q = query });

        Assert.Equal("READY", data["search"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task AVeryLongQuery_AnswersWithoutErrors()
    {
        var data = await Client.DataAsync($$"""query($q: String!) { search(query: $q) { totalCount } }""", new { q = string.Concat(Enumerable.Repeat("标准 ", 3_400)) });

        Assert.True(data["search"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task AForgedCursor_IsACodedError()
    {
        var (_, body) = await Client.PostAsync("""{ search(query: "服务", after: "bm90IG91cnM=") { totalCount } }""");

        Assert.Equal("INVALID_CURSOR", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    static List<string> Urls(JsonNode search) => [.. search["edges"]!.AsArray().Select(e => e!["node"]!["url"]!.GetValue<string>())];
}
