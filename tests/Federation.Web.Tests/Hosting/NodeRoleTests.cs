using System.Net;
using Federation.Cms.Hosting;
using Federation.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Federation.Web.Tests.Hosting;

/// <summary><c>Hosting:Roles</c>: public nodes serve the site and the API, an editing node the back office.</summary>
public sealed class NodeRoleTests
{
    static FederationSite Serving(string roles) => FederationSite.With(new Dictionary<string, string> { [NodeRoleSettings.Key] = roles });

    static async Task<Dictionary<string, HttpStatusCode>> StatusesAsync(FederationSite site, params string[] urls)
    {
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var url in urls)
        {
            statuses[url] = (await client.GetAsync(url)).StatusCode;
        }

        return statuses;
    }

    [Fact]
    public async Task PublicNode_ServesPagesFeedsAndMedia_NotTheBackOffice()
    {
        await using var site = Serving("site,api");

        var statuses = await StatusesAsync(site, "/", "/news", "/en/standards", "/feeds/news.atom", "/sitemap.xml", "/robots.txt", "/healthz", "/cms", "/cms/sign-in", "/cms/setup");
        using var client = site.CreateClient();
        var refusal = await client.GetAsync("/cms/sign-in");

        Assert.All(["/", "/news", "/en/standards", "/feeds/news.atom", "/sitemap.xml", "/robots.txt", "/healthz"], url => Assert.Equal(HttpStatusCode.OK, statuses[url]));
        Assert.All(["/cms", "/cms/sign-in", "/cms/setup"], url => Assert.Equal(HttpStatusCode.NotFound, statuses[url]));
        // Refused in the site's own design, as any unknown address.
        Assert.Contains("上海现代服务业联合会", await refusal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(site.Services.GetRequiredService<IOptions<ContentOptions>>().Value.RunSchedules);
    }

    [Fact]
    public async Task EditingNode_ServesTheBackOfficeOnly_AndRunsTheSchedules()
    {
        await using var site = Serving("cms");

        // No user yet: the back office offers its one-time set-up form.
        var statuses = await StatusesAsync(site, "/cms/setup", "/healthz", "/", "/news", "/en/news", "/feeds/news.atom", "/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, statuses["/cms/setup"]);
        Assert.Equal(HttpStatusCode.OK, statuses["/healthz"]);
        Assert.All(["/", "/news", "/en/news", "/feeds/news.atom", "/sitemap.xml"], url => Assert.Equal(HttpStatusCode.NotFound, statuses[url]));
        Assert.True(site.Services.GetRequiredService<IOptions<ContentOptions>>().Value.RunSchedules);
    }

    [Fact]
    public async Task SiteWithoutApi_HasNoFeeds_ButItsPages()
    {
        await using var site = Serving("site");

        var statuses = await StatusesAsync(site, "/news", "/feeds/news.rss", "/cms/sign-in");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound], statuses.Values);
    }

    [Theory]
    [InlineData(null, 7)]
    [InlineData("", 7)]
    [InlineData("site, API", 3)]
    [InlineData("cms", 4)]
    public void Roles_AreReadWithoutRegardToCaseOrSpaces(string? value, int flags)
    {
        var expected = (NodeRoles)flags;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(NodeRoleSettings.Key, value)]).Build();

        Assert.Equal((expected, null), NodeRoleSettings.Read(configuration));
    }

    [Fact]
    public void UnknownRole_IsAnErrorNamingTheKeyTheValueAndTheRoles()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(NodeRoleSettings.Key, "site,admin")]).Build();

        var (_, error) = NodeRoleSettings.Read(configuration);

        Assert.Equal("Hosting:Roles: \"admin\" is not a role. A node serves any of: site, api, cms (e.g. \"site,api\").", error);
    }
}
