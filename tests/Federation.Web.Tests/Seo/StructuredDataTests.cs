using System.Text.Json;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Seo;

/// <summary>schema.org JSON-LD as search engines read it from each page type.</summary>
public sealed class StructuredDataTests
{
    [Fact]
    public async Task NewsArticle_CarriesHeadlineBylineSectionAndPublisher()
    {
        await using var site = new FederationSite();

        var data = await JsonLdAsync(site, "/news/interview-zheng-huiqiang");

        Assert.Equal("NewsArticle", data.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
        Assert.StartsWith("搭建平台汇聚资源提供服务助推发展", data.GetProperty("headline").GetString(), StringComparison.Ordinal);
        Assert.Equal("专访", data.GetProperty("articleSection").GetString());
        Assert.Equal("上海现代服务业联合会", data.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("http://localhost/news/interview-zheng-huiqiang", data.GetProperty("url").GetString());
        Assert.Equal("zh-CN", data.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task Event_HasShanghaiTimesPlaceAndOrganisers()
    {
        await using var site = new FederationSite();
        var start = new DateTimeOffset(2031, 4, 9, 9, 30, 0, TimeSpan.FromHours(8));
        await site.PublishAsync(
            new ForumFields { Start = start, End = start.AddHours(8), Format = ForumFormat.Hybrid },
            new ForumText { Title = "现代服务业高质量发展论坛", Slug = "quality-forum", Venue = "上海展览中心", Address = "延安中路1000号", Organiser = "上海现代服务业联合会", CoOrganisers = ["长三角现代服务业联盟"] });

        var data = await JsonLdAsync(site, "/forums/quality-forum");

        Assert.Equal("Event", data.GetProperty("@type").GetString());
        Assert.Equal("2031-04-09T09:30:00+08:00", data.GetProperty("startDate").GetString());
        Assert.Equal("2031-04-09T17:30:00+08:00", data.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", data.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("上海展览中心", data.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("延安中路1000号", data.GetProperty("location").GetProperty("address").GetString());
        Assert.Equal(["上海现代服务业联合会", "长三角现代服务业联盟"], data.GetProperty("organizer").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Course_HasItsProviderLevelAndFeeInYuan()
    {
        await using var site = new FederationSite();
        await site.PublishAsync(
            new CourseFields { Kind = CourseKind.SkillAssessment, Level = SkillLevel.Level4, FeeYuan = 1280m, Start = new DateOnly(2031, 5, 6), Online = false },
            new CourseText { Title = "呼叫中心服务员四级", Slug = "call-centre-level-4", Occupation = "呼叫中心服务员", Certificate = "职业技能等级证书", Location = "上海" });

        var data = await JsonLdAsync(site, "/training/call-centre-level-4");

        Assert.Equal("Course", data.GetProperty("@type").GetString());
        Assert.Equal("上海现代服务业联合会", data.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("四级", data.GetProperty("educationalLevel").GetString());
        Assert.Equal(1280m, data.GetProperty("offers").GetProperty("price").GetDecimal());
        Assert.Equal("CNY", data.GetProperty("offers").GetProperty("priceCurrency").GetString());
        Assert.Equal("onsite", data.GetProperty("hasCourseInstance").GetProperty("courseMode").GetString());
        Assert.Equal("2031-05-06", data.GetProperty("hasCourseInstance").GetProperty("startDate").GetString());
    }

    [Fact]
    public async Task Standard_IsATechnicalStandardWithItsCodeAndStatus()
    {
        await using var site = new FederationSite();
        await site.PublishAsync(
            new StandardFields { Code = "T/SHMSIF 010-2031", Status = StandardStatus.InForce, PublicationDate = new DateOnly(2031, 1, 15) },
            new StandardText { Title = "现代服务业标准示例", Slug = "example-standard", IssuingBody = "上海现代服务业联合会", DraftingOrganisations = ["中国质量认证中心"] });

        var data = await JsonLdAsync(site, "/standards/example-standard");

        Assert.Equal("CreativeWork", data.GetProperty("@type").GetString());
        Assert.Equal("https://www.wikidata.org/wiki/Q317623", data.GetProperty("additionalType").GetString());
        Assert.Equal("T/SHMSIF 010-2031", data.GetProperty("identifier").GetString());
        Assert.Equal("现行", data.GetProperty("creativeWorkStatus").GetString());
        Assert.Equal("2031-01-15", data.GetProperty("datePublished").GetString());
        Assert.Equal("中国质量认证中心", data.GetProperty("contributor").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/", "http://localhost/search?q={search_term_string}")]
    [InlineData("/en", "http://localhost/en/search?q={search_term_string}")]
    public async Task Home_IsAWebSiteWithItsSearch(string url, string target)
    {
        await using var site = new FederationSite();

        var data = await JsonLdAsync(site, url);

        Assert.Equal("WebSite", data.GetProperty("@type").GetString());
        Assert.Equal(target, data.GetProperty("potentialAction").GetProperty("target").GetString());
    }

    [Fact]
    public async Task ScriptEndingText_CannotBreakOutOfTheJsonLdElement()
    {
        await using var site = new FederationSite();
        await site.PublishAsync(new NewsFields(), new NewsText { Title = "</script><script>alert(1)</script>", Slug = "script-title" });

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/news/script-title");

        var scripts = page.QuerySelectorAll("script");
        Assert.DoesNotContain(scripts, s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        Assert.Equal("</script><script>alert(1)</script>", (await JsonLdAsync(site, "/news/script-title")).GetProperty("headline").GetString());
    }

    static async Task<JsonElement> JsonLdAsync(FederationSite site, string url)
    {
        var (_, page) = await Html.GetAsync(site.CreateClient(), url);
        var script = page.QuerySelectorAll("script[type='application/ld+json']").Single();
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }
}
