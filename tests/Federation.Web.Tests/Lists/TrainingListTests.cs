using System.Globalization;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Lists;

/// <summary>培训中心: courses by occupation, level and open registration, each showing whether it takes registrations.</summary>
public sealed class TrainingListTests
{
    [Theory]
    [InlineData("/training?open=1", "养老护理员四级认定", "健康管理师三级认定")]
    [InlineData("/training?level=level4", "养老护理员四级认定", "健康管理师四级认定")]
    [InlineData("/training?occupation=%E5%85%BB%E8%80%81%E6%8A%A4%E7%90%86%E5%91%98", "养老护理员四级认定", "养老护理员三级认定")]
    [InlineData("/training?occupation=%E5%85%BB%E8%80%81%E6%8A%A4%E7%90%86%E5%91%98&open=1", "养老护理员四级认定")]
    [InlineData("/training?level=level1")]
    public async Task Filters_ListExactlyTheMatchingCourses(string url, params string[] expected)
    {
        await using var site = new FederationSite();
        await PublishCoursesAsync(site);

        var shown = await ListPages.TitlesAsync(site.CreateClient(), url);

        Assert.Equal(expected.Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EachCourse_SaysWhetherRegistrationIsOpenAndUntilWhen()
    {
        await using var site = new FederationSite();
        var deadline = await PublishCoursesAsync(site);
        var client = site.CreateClient();

        var (_, list) = await Html.GetAsync(client, "/training");
        var badges = list.QuerySelectorAll(".item-card").ToDictionary(c => c.QuerySelector("h3").Text(), c => c.QuerySelector(".badge").Text());
        var (_, detail) = await Html.GetAsync(client, "/training/elderly-care-level-4");

        var local = deadline.ToOffset(TimeSpan.FromHours(8));
        var expected = $"报名中 · 截止 {local.Year}年{local.Month}月{local.Day}日 {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        Assert.Equal(expected, badges["养老护理员四级认定"]);
        Assert.Equal("报名已截止", badges["养老护理员三级认定"]);
        Assert.Equal("报名信息待公布", badges["健康管理师四级认定"]);
        Assert.Equal(expected, detail.QuerySelector("article header .badge").Text());
    }

    [Fact]
    public async Task Detail_ListsTheSessionsUnderTheirHeadingInShanghaiTime()
    {
        await using var site = new FederationSite();
        var day = new DateTimeOffset(2031, 1, 5, 1, 0, 0, TimeSpan.Zero); // 09:00 in Shanghai
        await site.PublishAsync(
            new CourseFields { Kind = CourseKind.SkillAssessment, Sessions = [new CourseSession { Start = day, End = day.AddHours(7) }, new CourseSession { Start = day.AddDays(7) }] },
            new CourseText { Title = "两场认定", Slug = "two-sessions" },
            new CourseText { Title = "Two sessions", Slug = "two-sessions" });

        var (_, zh) = await Html.GetAsync(site.CreateClient(), "/training/two-sessions");
        var (_, en) = await Html.GetAsync(site.CreateClient(), "/en/training/two-sessions");

        Assert.Equal("场次", zh.QuerySelector("#sessions-title").Text());
        Assert.Equal(["2031年1月5日 09:00 – 16:00（北京时间）", "2031年1月12日 09:00（北京时间）"], zh.QuerySelectorAll(".sessions li").Select(li => li.Text()));
        Assert.Equal("5 January 2031 09:00 – 16:00 (Shanghai time, UTC+8)", en.QuerySelector(".sessions li").Text());
    }

    [Fact]
    public async Task FilterForm_OffersTheOccupationsAndLevelsWithCountsAndKeepsTheChoices()
    {
        await using var site = new FederationSite();
        await PublishCoursesAsync(site);

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/training?level=level3&open=1");

        Assert.Equal("三级 (1)", page.QuerySelector("#filter-level option[selected]").Text());
        Assert.NotNull(page.QuerySelector("#filter-open[checked]"));
        var occupations = page.QuerySelectorAll("#filter-occupation option").Select(o => o.Text()).ToList();
        Assert.Contains("健康管理师 (1)", occupations);
        Assert.Equal("只看正在报名的 (1)", page.QuerySelector("label[for=filter-open]").Text());
        Assert.Equal("/training", page.QuerySelector("form.filters")!.GetAttribute("action"));
    }

    /// <returns>The registration deadline of the open 养老护理员 course.</returns>
    static async Task<DateTimeOffset> PublishCoursesAsync(FederationSite site)
    {
        var now = DateTimeOffset.UtcNow;
        var deadline = new DateTimeOffset(now.Year, now.Month, now.Day, 9, 0, 0, TimeSpan.Zero).AddDays(10);
        (string Title, string Slug, string Occupation, SkillLevel Level, DateTimeOffset? Deadline)[] courses =
        [
            ("养老护理员四级认定", "elderly-care-level-4", "养老护理员", SkillLevel.Level4, deadline),
            ("养老护理员三级认定", "elderly-care-level-3", "养老护理员", SkillLevel.Level3, now.AddDays(-1)),
            ("健康管理师四级认定", "health-manager-level-4", "健康管理师", SkillLevel.Level4, null),
            ("健康管理师三级认定", "health-manager-level-3", "健康管理师", SkillLevel.Level3, now.AddDays(3)),
        ];
        foreach (var c in courses)
        {
            await site.PublishAsync(
                new CourseFields { Kind = CourseKind.SkillAssessment, Level = c.Level, RegistrationDeadline = c.Deadline },
                new CourseText { Title = c.Title, Slug = c.Slug, Occupation = c.Occupation });
        }

        return deadline;
    }
}
