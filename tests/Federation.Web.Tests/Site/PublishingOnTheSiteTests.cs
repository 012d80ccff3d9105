using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Site;

public sealed class PublishingOnTheSiteTests
{
    [Fact]
    public async Task Publish_ShowsTheItemOnItsListAndPage_UnpublishTakesItOff()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var editor = site.Services.GetRequiredService<ContentEditor>();
        var publishing = site.Services.GetRequiredService<PublishingService>();
        var notice = new ContentDocument
        {
            Id = Guid.NewGuid(),
            Type = ContentType.Course,
            Fields = new CourseFields { Kind = CourseKind.SkillAssessment, Level = SkillLevel.Level4 },
            Cultures = new Dictionary<string, CultureText>
            {
                [Cultures.Chinese] = new CourseText { Title = "四级认定考前辅导", Slug = "level-4-preparation", Occupation = "呼叫中心服务员" },
            },
        };
        await editor.SaveAsync(notice, "editor");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/training/level-4-preparation")).StatusCode);

        await publishing.PublishAsync(notice.Id);

        var (page, document) = await Html.GetAsync(client, "/training/level-4-preparation");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("四级认定考前辅导", document.QuerySelector("main h1").Text());
        var (_, list) = await Html.GetAsync(client, "/training");
        Assert.Contains("四级认定考前辅导", list.QuerySelectorAll(".item-card h3 a").Select(a => a.Text()));
        var (_, english) = await Html.GetAsync(client, "/en/training/level-4-preparation");
        Assert.Equal("四级认定考前辅导", english.QuerySelector("main h1").Text());
        Assert.NotNull(english.QuerySelector("p.notice[lang=en]"));
        Assert.Contains("/training/level-4-preparation</loc>", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        await publishing.UnpublishAsync(notice.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/training/level-4-preparation")).StatusCode);
        var (_, after) = await Html.GetAsync(client, "/training");
        Assert.DoesNotContain("四级认定考前辅导", after.QuerySelectorAll(".item-card h3 a").Select(a => a.Text()));
        Assert.DoesNotContain("level-4-preparation", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }
}
