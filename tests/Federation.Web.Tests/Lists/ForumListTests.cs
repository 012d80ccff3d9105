using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Lists;

/// <summary>论坛活动: upcoming first (soonest first), then those whose time is not announced, then past ones (latest first).</summary>
public sealed class ForumListTests
{
    static readonly string[] SeededUndated = ["城市更新论坛", "养老服务论坛", "长三角一体化现代服务业创新发展大会"];

    [Fact]
    public async Task List_GroupsUpcomingUnannouncedAndPastUnderTheirHeadings()
    {
        await using var site = new FederationSite();
        await PublishForumsAsync(site);

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/forums");

        var groups = page.QuerySelectorAll("main h2").Select(h => (Heading: h.Text(), Titles: h.NextElementSibling!.QuerySelectorAll(".item-card h3").Select(t => t.Text()).ToList())).ToList();
        Assert.Equal(["即将举行", "时间待公布", "往期回顾"], groups.Select(g => g.Heading));
        Assert.Equal(["下周的论坛", "下月的论坛"], groups[0].Titles);
        Assert.Equal(SeededUndated.Order(StringComparer.Ordinal), groups[1].Titles.Order(StringComparer.Ordinal));
        Assert.Equal(["上周的论坛", "上月的论坛"], groups[2].Titles);
    }

    [Theory]
    [InlineData("/forums?when=upcoming", "下周的论坛", "下月的论坛")]
    [InlineData("/forums?when=past", "上周的论坛", "上月的论坛")]
    [InlineData("/en/forums?when=past", "Last week's forum", "Last month's forum")]
    public async Task When_ListsOnlyUpcomingOrOnlyPastForumsInTheirOrder(string url, params string[] expected)
    {
        await using var site = new FederationSite();
        await PublishForumsAsync(site);

        Assert.Equal(expected, await ListPages.TitlesAsync(site.CreateClient(), url));
    }

    [Fact]
    public async Task Detail_GivesTheTimeInShanghaiAndWhetherRegistrationIsOpen()
    {
        await using var site = new FederationSite();
        var start = new DateTimeOffset(2031, 4, 9, 1, 30, 0, TimeSpan.Zero);
        await site.PublishAsync(
            new ForumFields { Start = start, End = start.AddHours(3), Registration = new ForumRegistration { Deadline = DateTimeOffset.UtcNow.AddDays(5) } },
            new ForumText { Title = "时区论坛", Slug = "time-zone-forum" },
            new ForumText { Title = "Time zone forum", Slug = "time-zone-forum" });

        var (_, zh) = await Html.GetAsync(site.CreateClient(), "/forums/time-zone-forum");
        var (_, en) = await Html.GetAsync(site.CreateClient(), "/en/forums/time-zone-forum");

        Assert.Equal("2031年4月9日 09:30 – 12:30（北京时间）", zh.Fact("时间"));
        Assert.Equal("9 April 2031 09:30 – 12:30 (Shanghai time, UTC+8)", en.Fact("Time"));
        Assert.StartsWith("报名中 · 截止", zh.QuerySelector("article header .badge-open").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_OfAForumOverTwoDays_GivesBothDates()
    {
        await using var site = new FederationSite();
        var start = new DateTimeOffset(2031, 4, 9, 9, 0, 0, TimeSpan.FromHours(8));
        await site.PublishAsync(new ForumFields { Start = start, End = start.AddDays(1).AddHours(8) }, new ForumText { Title = "两天的论坛", Slug = "two-day-forum" });

        var (_, zh) = await Html.GetAsync(site.CreateClient(), "/forums/two-day-forum");

        Assert.Equal("2031年4月9日 09:00 – 2031年4月10日 17:00（北京时间）", zh.Fact("时间"));
    }

    static async Task PublishForumsAsync(FederationSite site)
    {
        var now = DateTimeOffset.UtcNow;
        (string Title, string English, string Slug, DateTimeOffset Start)[] forums =
        [
            ("上月的论坛", "Last month's forum", "last-month", now.AddDays(-30)),
            ("下月的论坛", "Next month's forum", "next-month", now.AddDays(30)),
            ("上周的论坛", "Last week's forum", "last-week", now.AddDays(-7)),
            ("下周的论坛", "Next week's forum", "next-week", now.AddDays(7)),
        ];
        foreach (var f in forums)
        {
            await site.PublishAsync(
                new ForumFields { Start = f.Start, End = f.Start.AddHours(3), Format = ForumFormat.OnSite },
                new ForumText { Title = f.Title, Slug = f.Slug },
                new ForumText { Title = f.English, Slug = f.Slug });
        }
    }
}
