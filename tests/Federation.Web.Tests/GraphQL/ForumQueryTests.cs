using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>Forums through GraphQL: upcoming or past, organiser, date range and order, and what a member needs to attend.</summary>
public sealed class ForumQueryTests
{
    static readonly DateTimeOffset Today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));

    static async Task<(FederationSite Site, GraphQLClient Client)> SiteWithForumsAsync()
    {
        var site = new FederationSite();
        await site.PublishAsync(Publishing.Forum(
            new ForumFields
            {
                Start = Today.AddDays(10), End = Today.AddDays(10).AddHours(3), Format = ForumFormat.Hybrid,
                Registration = new ForumRegistration { Deadline = Today.AddDays(5), Capacity = 120 },
            },
            new ForumText
            {
                Title = "接口测试论坛（下月）", Slug = "api-forum-soon", Organiser = "测试主办方", CoOrganisers = ["测试协办方"], Venue = "测试会场",
                Agenda = [new AgendaEntry { Time = "09:30–10:00", Title = "开幕致辞", Speakers = ["甲", "乙"] }],
                Registration = new ForumRegistrationText { How = "扫码报名", Fee = "免费" },
            },
            new ForumText { Title = "API test forum (soon)", Slug = "api-forum-soon-en", Organiser = "Test organiser" }));
        await site.PublishAsync(Publishing.Forum(
            new ForumFields { Start = Today.AddDays(40) },
            new ForumText { Title = "接口测试论坛（远期）", Slug = "api-forum-later", Organiser = "另一主办方", CoOrganisers = ["测试主办方"] }));
        await site.PublishAsync(Publishing.Forum(
            new ForumFields { Start = Today.AddDays(-30), End = Today.AddDays(-30).AddHours(2) },
            new ForumText { Title = "接口测试论坛（已结束）", Slug = "api-forum-past", Organiser = "测试主办方" }));
        return (site, new GraphQLClient(site.CreateClient()));
    }

    [Fact]
    public async Task Forum_HasWhatAMemberNeeds_ToAttend()
    {
        var (site, client) = await SiteWithForumsAsync();
        await using var _ = site;

        var data = await client.DataAsync("""
            { forum(slug: "api-forum-soon") { title timing format venue organiser coOrganisers
                agenda { time title speakers } registration { state capacity how fee deadline } }
              english: forum(slug: "api-forum-soon-en", culture: EN) { title organiser culture } }
            """);

        var forum = data["forum"]!;
        Assert.Equal("UPCOMING", forum["timing"]!.GetValue<string>());
        Assert.Equal("HYBRID", forum["format"]!.GetValue<string>());
        Assert.Equal("测试会场", forum["venue"]!.GetValue<string>());
        Assert.Equal(["测试协办方"], forum["coOrganisers"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("开幕致辞", forum["agenda"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(["甲", "乙"], forum["agenda"]![0]!["speakers"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("OPEN", forum["registration"]!["state"]!.GetValue<string>());
        Assert.Equal(120, forum["registration"]!["capacity"]!.GetValue<int>());
        Assert.Equal("扫码报名", forum["registration"]!["how"]!.GetValue<string>());
        Assert.EndsWith("+08:00", forum["registration"]!["deadline"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Test organiser", data["english"]!["organiser"]!.GetValue<string>());
        Assert.Equal("EN", data["english"]!["culture"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("when: UPCOMING", new[] { "api-forum-soon", "api-forum-later" })]
    [InlineData("when: PAST", new[] { "api-forum-past" })]
    [InlineData("organiser: \"测试主办方\"", new[] { "api-forum-soon", "api-forum-later", "api-forum-past" })]
    [InlineData("organiser: \"测试主办方\", order: LATEST", new[] { "api-forum-later", "api-forum-soon", "api-forum-past" })]
    [InlineData("organiser: \"测试主办方\", order: EARLIEST", new[] { "api-forum-past", "api-forum-soon", "api-forum-later" })]
    [InlineData("organiser: \"另一主办方\"", new[] { "api-forum-later" })]
    public async Task Filters_AndOrders_ReturnExactlyTheMatches(string arguments, string[] slugs)
    {
        var (site, client) = await SiteWithForumsAsync();
        await using var _ = site;

        var data = await client.DataAsync($"{{ forums({arguments}, first: 100) {{ edges {{ node {{ slug }} }} }} }}");

        Assert.Equal(slugs, Slugs(data["forums"]!).Where(s => s.StartsWith("api-forum", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DateRange_KeepsForumsStartingWithinIt()
    {
        var (site, client) = await SiteWithForumsAsync();
        await using var _ = site;
        var (from, to) = (DateOnly.FromDateTime(Today.AddDays(1).Date), DateOnly.FromDateTime(Today.AddDays(39).Date));

        var data = await client.DataAsync("query($from: Date, $to: Date) { forums(from: $from, to: $to) { edges { node { slug } } } }", new { from, to });

        Assert.Equal(["api-forum-soon"], Slugs(data["forums"]!).Where(s => s.StartsWith("api-forum", StringComparison.Ordinal)));
    }

    internal static IEnumerable<string> Slugs(System.Text.Json.Nodes.JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["slug"]!.GetValue<string>());
}
