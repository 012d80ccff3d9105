using System.Net;
using System.Text;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Feeds;

/// <summary>"Add to calendar" on a forum: the link on its page and the iCalendar file (RFC 5545) a calendar app imports.</summary>
public sealed class CalendarTests(FederationSite seeded) : IClassFixture<FederationSite>
{
    static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    [Fact]
    public async Task ForumWithATime_CalendarFileHoldsItsEventInUtcWithEscapedText()
    {
        await using var site = new FederationSite();
        await site.PublishAsync(Publishing.Forum(
            new ForumFields { Start = new DateTimeOffset(2026, 12, 1, 9, 30, 0, Shanghai), End = new DateTimeOffset(2026, 12, 1, 17, 0, 0, Shanghai) },
            new ForumText { Title = "城市更新论坛", Slug = "urban-renewal-2026" },
            new ForumText
            {
                Title = "Urban Renewal Forum; 2026",
                Slug = "urban-renewal-2026",
                Summary = "Talks, panels, and a site visit.",
                Venue = "Shanghai Exhibition Centre, Hall 1",
                Address = "1000 Yan'an Road (M); Jing'an",
            }));

        var response = await site.CreateClient().GetAsync("/en/forums/urban-renewal-2026/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("urban-renewal-2026.ics", response.Content.Headers.ContentDisposition?.FileName);
        var calendar = ICalendar.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["VCALENDAR", "VEVENT"], calendar.Values("BEGIN"));
        Assert.Equal(["VEVENT", "VCALENDAR"], calendar.Values("END"));
        Assert.Equal("2.0", calendar.Value("VERSION"));
        Assert.Equal("PUBLISH", calendar.Value("METHOD"));
        Assert.False(string.IsNullOrWhiteSpace(calendar.Value("PRODID")));
        Assert.False(string.IsNullOrWhiteSpace(calendar.Value("UID")));
        Assert.Matches(@"^\d{8}T\d{6}Z$", calendar.Value("DTSTAMP"));
        Assert.Equal("20261201T013000Z", calendar.Value("DTSTART"));
        Assert.Equal("20261201T090000Z", calendar.Value("DTEND"));
        Assert.Equal(@"Urban Renewal Forum\; 2026", calendar.Value("SUMMARY"));
        Assert.Equal(@"Shanghai Exhibition Centre\, Hall 1\, 1000 Yan'an Road (M)\; Jing'an", calendar.Value("LOCATION"));
        Assert.Equal(@"Talks\, panels\, and a site visit.\n\nhttp://localhost/en/forums/urban-renewal-2026", calendar.Value("DESCRIPTION"));
        Assert.Equal("http://localhost/en/forums/urban-renewal-2026", calendar.Value("URL"));
    }

    [Fact]
    public async Task LongChineseText_IsFoldedAt75OctetsWithoutSplittingACharacter()
    {
        await using var site = new FederationSite();
        var summary = string.Concat(Enumerable.Repeat("长三角现代服务业联盟举办主题论坛，", 8)) + "欢迎会员单位报名参加。";
        await site.PublishAsync(Publishing.Forum(
            new ForumFields { Start = new DateTimeOffset(2027, 3, 2, 14, 0, 0, Shanghai) },
            new ForumText
            {
                Title = "长三角一体化现代服务业创新发展大会暨第二届长三角现代服务业联盟主题论坛",
                Slug = "yrd-conference-2027",
                Summary = summary,
                Venue = "上海国际会议中心",
                Address = "上海市浦东新区滨江大道2727号",
            }));

        var body = await site.CreateClient().GetByteArrayAsync("/forums/yrd-conference-2027/calendar.ics");

        var calendar = ICalendar.Parse(body);
        Assert.Contains(calendar.PhysicalLines, line => line.StartsWith(' '));
        Assert.Equal("20270302T060000Z", calendar.Value("DTSTART"));
        Assert.Null(calendar.Value("DTEND"));
        Assert.Equal("长三角一体化现代服务业创新发展大会暨第二届长三角现代服务业联盟主题论坛", calendar.Value("SUMMARY"));
        Assert.Equal(@"上海国际会议中心\, 上海市浦东新区滨江大道2727号", calendar.Value("LOCATION"));
        Assert.Equal(summary + @"\n\nhttp://localhost/forums/yrd-conference-2027", calendar.Value("DESCRIPTION"));
    }

    [Fact]
    public async Task ForumPage_LinksToItsCalendarFileOnlyWhenItsStartIsAnnounced()
    {
        await using var site = new FederationSite();
        var client = site.CreateClient();
        await site.PublishAsync(Publishing.Forum(
            new ForumFields { Start = new DateTimeOffset(2027, 5, 20, 9, 0, 0, Shanghai) },
            new ForumText { Title = "养老服务论坛（2027）", Slug = "elderly-care-2027" },
            new ForumText { Title = "Elderly Care Forum 2027", Slug = "elderly-care-2027" }));

        var (_, chinese) = await Html.GetAsync(client, "/forums/elderly-care-2027");
        var (_, english) = await Html.GetAsync(client, "/en/forums/elderly-care-2027");
        var (_, seeded) = await Html.GetAsync(client, "/forums/elderly-care-services-forum");

        var link = chinese.QuerySelector("main a[href$='calendar.ics']");
        Assert.Equal("添加到日历", link.Text());
        Assert.Equal("/forums/elderly-care-2027/calendar.ics", link?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link?.GetAttribute("href"))).StatusCode);
        Assert.Equal("Add to calendar", english.QuerySelector("main a[href='/en/forums/elderly-care-2027/calendar.ics']").Text());
        Assert.Null(seeded.QuerySelector("main a[href$='calendar.ics']"));
    }

    [Theory]
    [InlineData("/forums/elderly-care-services-forum/calendar.ics")]
    [InlineData("/en/forums/urban-renewal-forum/calendar.ics")]
    [InlineData("/forums/no-such-forum/calendar.ics")]
    [InlineData("/news/interview-zheng-huiqiang/calendar.ics")]
    public async Task NoAnnouncedStart_NoCalendarFile(string url)
    {
        var response = await seeded.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>An iCalendar file read as RFC 5545 section 3.1 says, checking its line ends and lengths on the way.</summary>
    sealed record ICalendar(IReadOnlyList<string> PhysicalLines, IReadOnlyList<(string Name, string Value)> Properties)
    {
        public static ICalendar Parse(byte[] body)
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < body.Length; i++)
            {
                if (body[i] == '\n')
                {
                    Assert.True(i > 0 && body[i - 1] == '\r', $"line {lines.Count + 1} does not end in CRLF");
                    Assert.True(i - 1 - start <= 75, $"line {lines.Count + 1} is {i - 1 - start} octets long");
                    // Decoding each line on its own fails if a fold split a UTF-8 sequence.
                    lines.Add(strict.GetString(body, start, i - 1 - start));
                    start = i + 1;
                }
            }

            Assert.Equal(body.Length, start);
            Assert.DoesNotContain(lines, line => line.Contains('\r', StringComparison.Ordinal));
            var unfolded = string.Join("\r\n", lines).Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
            var properties = unfolded.Select(line => line.Split(':', 2)).Select(parts => (parts[0], parts[1])).ToList();
            return new ICalendar(lines, properties);
        }

        public IEnumerable<string> Values(string name) => Properties.Where(p => p.Name == name).Select(p => p.Value);

        public string? Value(string name) => Values(name).SingleOrDefault();
    }
}
