using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>Training courses through GraphQL: kind, occupation, level, open registration and order.</summary>
public sealed class CourseQueryTests
{
    static readonly DateTimeOffset Now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));

    static DateOnly Day(int days) => DateOnly.FromDateTime(Now.AddDays(days).Date);

    static async Task<(FederationSite Site, GraphQLClient Client)> SiteWithCoursesAsync()
    {
        var site = new FederationSite();
        await site.PublishAsync(Publishing.Document(ContentType.Course,
            new CourseFields
            {
                Kind = CourseKind.SkillAssessment, Level = SkillLevel.Level4, Start = Day(20), End = Day(22), RegistrationDeadline = Now.AddDays(10),
                FeeYuan = 1280m, Capacity = 30, Online = false, Sessions = [new CourseSession { Start = Now.AddDays(20), End = Now.AddDays(20).AddHours(3) }],
            },
            new CourseText { Title = "接口测试员四级", Slug = "api-course-open", Occupation = "接口测试员", Location = "测试教室", Certificate = "四级证书" }));
        await site.PublishAsync(Publishing.Document(ContentType.Course,
            new CourseFields { Kind = CourseKind.SkillAssessment, Level = SkillLevel.Level3, Start = Day(-40), RegistrationDeadline = Now.AddDays(-50) },
            new CourseText { Title = "接口测试员三级", Slug = "api-course-closed", Occupation = "接口测试员" }));
        await site.PublishAsync(Publishing.Document(ContentType.Course,
            new CourseFields { Kind = CourseKind.SpecialTraining, Start = Day(60), RegistrationDeadline = Now.AddDays(30) },
            new CourseText { Title = "接口专项培训", Slug = "api-course-special", Occupation = "接口设计师" }));
        return (site, new GraphQLClient(site.CreateClient()));
    }

    [Fact]
    public async Task Course_HasLevelDatesSessionsFeeAndRegistration()
    {
        var (site, client) = await SiteWithCoursesAsync();
        await using var _ = site;

        var course = (await client.DataAsync("""
            { course(slug: "api-course-open") { kind occupation level start end feeYuan online location certificate
                sessions { start end } registration { state capacity } } }
            """))["course"]!;

        Assert.Equal("SKILL_ASSESSMENT", course["kind"]!.GetValue<string>());
        Assert.Equal("LEVEL_4", course["level"]!.GetValue<string>());
        Assert.Equal(Day(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), course["start"]!.GetValue<string>());
        Assert.Equal(1280m, course["feeYuan"]!.GetValue<decimal>());
        Assert.False(course["online"]!.GetValue<bool>());
        Assert.Single(course["sessions"]!.AsArray());
        Assert.Equal("OPEN", course["registration"]!["state"]!.GetValue<string>());
        Assert.Equal(30, course["registration"]!["capacity"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("occupation: \"接口测试员\"", new[] { "api-course-open", "api-course-closed" })]
    [InlineData("occupation: \"接口测试员\", level: LEVEL_3", new[] { "api-course-closed" })]
    [InlineData("kind: SPECIAL_TRAINING", new[] { "api-course-special" })]
    [InlineData("openForRegistration: true", new[] { "api-course-special", "api-course-open" })]
    [InlineData("openForRegistration: true, order: REGISTRATION_DEADLINE", new[] { "api-course-open", "api-course-special" })]
    [InlineData("tag: \"没有这个标签\"", new string[0])]
    public async Task Filters_AndOrders_ReturnExactlyTheMatches(string arguments, string[] slugs)
    {
        var (site, client) = await SiteWithCoursesAsync();
        await using var _ = site;

        var data = await client.DataAsync($"{{ courses({arguments}, first: 100) {{ edges {{ node {{ slug }} }} }} }}");

        Assert.Equal(slugs, ForumQueryTests.Slugs(data["courses"]!).Where(s => s.StartsWith("api-course", StringComparison.Ordinal)));
    }
}
