using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Feeds;

/// <summary>Feeds follow publishing: what an editor publishes heads its feed, what is taken down leaves it, and polling readers learn of it.</summary>
public sealed class FeedUpdatesTests
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task PublishedForum_HeadsItsFeedsWithItsTimeAndVenue_UnpublishTakesItOut()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var forum = Publishing.Forum(
            new ForumFields { Start = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8)), End = new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.FromHours(8)) },
            new ForumText { Title = "长三角现代服务业创新论坛", Slug = "yrd-innovation-forum", Venue = "上海国际会议中心", Summary = "论坛简介。", Tags = ["长三角"] },
            new ForumText { Title = "YRD Modern Services Innovation Forum", Slug = "yrd-innovation-forum", Venue = "Shanghai International Convention Centre" });

        await site.PublishAsync(forum);

        var atom = await FeedReader.AtomAsync(client, "/feeds/forums.atom");
        var first = atom.Items.First();
        Assert.Equal("长三角现代服务业创新论坛", first.Title.Text);
        Assert.Equal("http://localhost/forums/yrd-innovation-forum", first.Links.Single().Uri.ToString());
        Assert.Contains("时间: 2026年12月1日 09:30 – 17:00", first.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("地点: 上海国际会议中心", first.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("上海国际会议中心", ((System.ServiceModel.Syndication.TextSyndicationContent)first.Content).Text, StringComparison.Ordinal);
        Assert.Equal(["长三角"], first.Categories.Select(c => c.Name));
        Assert.NotEqual(default, first.PublishDate);
        var rss = await FeedReader.RssAsync(client, "/en/feeds/forums.rss");
        Assert.Equal("YRD Modern Services Innovation Forum", rss.Items.First().Title.Text);
        // RSS carries the entry as HTML; a reader shows its text.
        var description = Regex.Replace(rss.Items.First().Summary.Text, "<[^>]+>", "");
        Assert.Contains("Time: 1 December 2026 09:30 – 17:00", description, StringComparison.Ordinal);
        Assert.Contains("Venue: Shanghai International Convention Centre", description, StringComparison.Ordinal);
        var json = await FeedReader.JsonAsync(client, "/feeds/forums.json");
        var item = json.GetProperty("items")[0];
        Assert.Equal("urn:uuid:" + forum.Id, item.GetProperty("id").GetString());
        Assert.True(item.TryGetProperty("date_published", out _));

        await site.UnpublishAsync(forum.Id);

        Assert.DoesNotContain("urn:uuid:" + forum.Id, (await FeedReader.AtomAsync(client, "/feeds/forums.atom")).Items.Select(i => i.Id));
        Assert.DoesNotContain("urn:uuid:" + forum.Id, (await FeedReader.RssAsync(client, "/en/feeds/forums.rss")).Items.Select(i => i.Id));
        var after = await FeedReader.JsonAsync(client, "/feeds/forums.json");
        Assert.DoesNotContain("urn:uuid:" + forum.Id, after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(SeededItem.All.Count(i => i.Folder == "forums"), after.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task PublishedStandard_ShowsItsCodeAndStatusInItsEntry()
    {
        await using var site = new FederationSite();
        var standard = Publishing.Document(
            ContentType.Standard,
            new StandardFields { Code = "T/TEST 001-2026", Status = StandardStatus.ForComment },
            new StandardText { Title = "测试服务规范", Slug = "test-service-specification" });

        await site.PublishAsync(standard);

        var entry = (await FeedReader.AtomAsync(site.CreateClient(), "/feeds/standards.atom")).Items.First();
        Assert.Equal("测试服务规范", entry.Title.Text);
        Assert.Contains("标准编号: T/TEST 001-2026", entry.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("状态: 征求意见稿", entry.Summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UntranslatedItem_AppearsInTheEnglishFeedWithItsChineseTextMarkedAsChinese()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var news = Publishing.Document(
            ContentType.News,
            new NewsFields { Category = NewsCategory.Notice },
            new NewsText { Title = "关于召开理事会的通知", Slug = "council-meeting-notice", Body = "<p>通知正文。</p>" });

        await site.PublishAsync(news);

        var atom = XDocument.Parse(await client.GetStringAsync("/en/feeds/news.atom"));
        var entry = atom.Root!.Elements(Atom + "entry").First();
        Assert.Equal("en", atom.Root.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("关于召开理事会的通知", entry.Element(Atom + "title")?.Value);
        Assert.Equal("zh-CN", entry.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("http://localhost/en/news/council-meeting-notice", entry.Element(Atom + "link")?.Attribute("href")?.Value);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en/news/council-meeting-notice")).StatusCode);
        var json = await FeedReader.JsonAsync(client, "/en/feeds/news.json");
        Assert.Equal("zh-CN", json.GetProperty("items")[0].GetProperty("language").GetString());
        Assert.False(json.GetProperty("items")[1].TryGetProperty("language", out _), "a translated item is in the feed's language");
        var rss = XDocument.Parse(await client.GetStringAsync("/en/feeds/news.rss"));
        Assert.Equal("zh-CN", rss.Descendants("item").First().Element(XNamespace.Get("http://purl.org/dc/elements/1.1/") + "language")?.Value);
    }

    [Fact]
    public async Task Feed_AnswersNotModifiedToItsOwnETag_UntilSomethingIsPublished()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        var first = await client.GetAsync("/feeds/training.atom");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);

        var again = await GetIfNoneMatchAsync(client, "/feeds/training.atom", etag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await GetIfNoneMatchAsync(client, "/feeds/training.rss", etag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetIfNoneMatchAsync(client, "/en/feeds/training.atom", etag)).StatusCode);

        await site.PublishAsync(Publishing.Document(
            ContentType.Course,
            new CourseFields { Kind = CourseKind.SpecialTraining },
            new CourseText { Title = "数据合规专项培训", Slug = "data-compliance-training" }));

        var afterPublish = await GetIfNoneMatchAsync(client, "/feeds/training.atom", etag);
        Assert.Equal(HttpStatusCode.OK, afterPublish.StatusCode);
        Assert.NotEqual(etag, afterPublish.Headers.ETag);
        Assert.Contains("数据合规专项培训", await afterPublish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    static Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, string url, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }
}
