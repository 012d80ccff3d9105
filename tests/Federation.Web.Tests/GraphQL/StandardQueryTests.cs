using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>The standards catalogue through GraphQL: filters, orders, lookup by code, and supersession both ways.</summary>
public sealed class StandardQueryTests
{
    static async Task<(FederationSite Site, GraphQLClient Client)> SiteWithTwoEditionsAsync()
    {
        var site = new FederationSite();
        var (oldId, newId) = (Guid.NewGuid(), Guid.NewGuid());
        await site.PublishAsync(Publishing.Document(ContentType.Standard,
            new StandardFields { Code = "T/APITEST 001-2021", Status = StandardStatus.Superseded, PublicationDate = new DateOnly(2021, 3, 1), SupersededBy = [newId] },
            new StandardText { Title = "接口测试规范（旧版）", Slug = "api-test-2021", Domain = "接口测试", DraftingOrganisations = ["甲单位", "乙单位"] },
            new StandardText { Title = "API test specification (2021)", Slug = "api-test-2021-en", Domain = "API testing" }) with { Id = oldId });
        await site.PublishAsync(Publishing.Document(ContentType.Standard,
            new StandardFields { Code = "T/APITEST 001-2025", Status = StandardStatus.InForce, PublicationDate = new DateOnly(2025, 6, 1), Supersedes = [oldId] },
            new StandardText { Title = "接口测试规范", Slug = "api-test-2025", Domain = "接口测试", Scope = "<p>适用范围</p>" }) with { Id = newId });
        return (site, new GraphQLClient(site.CreateClient()));
    }

    [Fact]
    public async Task StandardByCode_HasItsFields_AndLinksBothWays()
    {
        var (site, client) = await SiteWithTwoEditionsAsync();
        await using var _ = site;

        var data = await client.DataAsync("""
            { current: standard(code: "t/apitest 001-2025") { code status publicationDate domain scope supersedes { code title } supersededBy { code } }
              old: standard(slug: "api-test-2021-en", culture: EN) { title domain draftingOrganisations supersededBy { title culture } } }
            """);

        var current = data["current"]!;
        Assert.Equal("T/APITEST 001-2025", current["code"]!.GetValue<string>());
        Assert.Equal("IN_FORCE", current["status"]!.GetValue<string>());
        Assert.Equal("2025-06-01", current["publicationDate"]!.GetValue<string>());
        Assert.Equal("<p>适用范围</p>", current["scope"]!.GetValue<string>());
        Assert.Equal("T/APITEST 001-2021", current["supersedes"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(current["supersededBy"]!.AsArray());
        var old = data["old"]!;
        Assert.Equal("API test specification (2021)", old["title"]!.GetValue<string>());
        Assert.Equal("API testing", old["domain"]!.GetValue<string>());
        // Not translated: the replacement is given in Chinese, and says so.
        Assert.Equal("接口测试规范", old["supersededBy"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("ZH_CN", old["supersededBy"]![0]!["culture"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("status: SUPERSEDED", new[] { "T/APITEST 001-2021" })]
    [InlineData("year: 2025", new[] { "T/APITEST 001-2025" })]
    [InlineData("domain: \"接口测试\", order: OLDEST", new[] { "T/APITEST 001-2021", "T/APITEST 001-2025" })]
    [InlineData("domain: \"接口测试\"", new[] { "T/APITEST 001-2025", "T/APITEST 001-2021" })]
    [InlineData("code: \"T/APITEST 001-2021\"", new[] { "T/APITEST 001-2021" })]
    public async Task Filters_AndOrders_ReturnExactlyTheMatches(string arguments, string[] codes)
    {
        var (site, client) = await SiteWithTwoEditionsAsync();
        await using var _ = site;

        var data = await client.DataAsync($"{{ standards({arguments}, first: 100) {{ totalCount edges {{ node {{ code }} }} }} }}");

        var found = data["standards"]!["edges"]!.AsArray().Select(e => e!["node"]!["code"]?.GetValue<string>())
            .Where(c => c?.StartsWith("T/APITEST", StringComparison.Ordinal) == true);
        Assert.Equal(codes, found);
    }

    [Fact]
    public async Task StandardLookup_NeedsSlugOrCode_NotBoth()
    {
        await using var site = new FederationSite();
        var client = new GraphQLClient(site.CreateClient());

        var (_, neither) = await client.PostAsync("{ standard { code } }");
        var (_, both) = await client.PostAsync("{ standard(slug: \"a\", code: \"b\") { code } }");

        Assert.Equal("INVALID_LOOKUP", neither["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("INVALID_LOOKUP", both["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
