using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>The brand showcase and the about pages through GraphQL, read from the imported content.</summary>
public sealed class ShowcaseAndPageQueryTests(FederationSite site) : IClassFixture<FederationSite>
{
    readonly GraphQLClient client = new(site.CreateClient());

    [Fact]
    public async Task SpecialActions_ComeByNumber_AndTheOtherOrderIsByTitle()
    {
        var data = await client.DataAsync("""
            { byNumber: showcases(kind: SPECIAL_ACTION, first: 3) { totalCount edges { node { number kind title focus leadOrganisations } } }
              byTitle: showcases(kind: SPECIAL_ACTION, order: TITLE, first: 100) { edges { node { title } } } }
            """);

        var byNumber = data["byNumber"]!;
        Assert.Equal(13, byNumber["totalCount"]!.GetValue<int>());
        Assert.Equal([1, 2, 3], byNumber["edges"]!.AsArray().Select(e => e!["node"]!["number"]!.GetValue<int>()));
        Assert.Equal("提升金融服务能级专项行动", byNumber["edges"]![0]!["node"]!["title"]!.GetValue<string>());
        var titles = data["byTitle"]!["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(titles.Order(StringComparer.Create(new System.Globalization.CultureInfo("zh-CN"), true)), titles);
        Assert.NotEqual(byNumber["edges"]![1]!["node"]!["title"]!.GetValue<string>(), titles[1]);
    }

    [Fact]
    public async Task Pages_TopLevel_ChildrenOfAPage_AndEachPagesParent()
    {
        var data = await client.DataAsync("""
            { top: pages(topLevel: true) { edges { node { slug parent { slug } } } }
              children: pages(parent: "profile") { totalCount edges { node { title order parent { slug title } } } }
              nobody: pages(parent: "no-such-page") { totalCount } }
            """);

        Assert.Equal(["profile"], ForumQueryTests.Slugs(data["top"]!));
        var children = data["children"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(data["children"]!["totalCount"]!.GetValue<int>(), children.Count);
        Assert.Contains("联系我们", children.Select(c => c["title"]!.GetValue<string>()));
        Assert.All(children, c => Assert.Equal("profile", c["parent"]!["slug"]!.GetValue<string>()));
        Assert.Equal(children.Select(c => c["order"]!.GetValue<int>()).Order(), children.Select(c => c["order"]!.GetValue<int>()));
        Assert.Equal(0, data["nobody"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Page_BySlug_InEnglish()
    {
        var page = (await client.DataAsync("{ page(slug: \"profile\", culture: EN) { title culture body } }"))["page"]!;

        Assert.Equal("EN", page["culture"]!.GetValue<string>());
        Assert.Contains("Federation", page["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("<", page["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
