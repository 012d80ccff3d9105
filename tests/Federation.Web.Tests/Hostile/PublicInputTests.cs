using static Federation.Web.Tests.Hostile.Payloads;

namespace Federation.Web.Tests.Hostile;

/// <summary>
/// Every filter of the public lists, search and suggestions, and the feeds and calendars, given each
/// hostile value, as an anonymous reader: never a 5xx, an answer within 2 s, and the value shown
/// back only as text.
/// </summary>
public sealed class PublicInputTests(FederationSite site) : IClassFixture<FederationSite>
{
    /// <summary>The public inputs readers type or links carry: a page and the parameter it reads.</summary>
    static readonly string[] Parameters =
    [
        "/news?category=", "/news?tag=", "/news?page=", "/forums?when=", "/forums?page=", "/standards?status=", "/standards?domain=",
        "/standards?year=", "/standards?sort=", "/training?kind=", "/training?occupation=", "/training?level=", "/training?open=",
        "/brand?kind=", "/search?q=", "/search?q=标准&type=", "/search?q=标准&year=", "/search?q=标准&tag=", "/search?q=标准&sort=",
        "/search?q=标准&page=", "/search/suggest?q=", "/en/news?tag=", "/en/standards?domain=", "/en/search?q=", "/en/search/suggest?q=",
    ];

    public static TheoryData<string, string> Filters()
    {
        var data = new TheoryData<string, string>();
        foreach (var parameter in Parameters)
        {
            foreach (var payload in Text)
            {
                data.Add(parameter, payload.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filter_WithAHostileValue_AnswersSafely(string parameter, string payloadName)
    {
        var payload = Named(payloadName);
        await Probe.WarmAsync(site);
        var marker = Marker(parameter + payload.Name);

        await Probe.GetAsync(site.CreateClient(), parameter + Uri.EscapeDataString(payload.Make(marker)), $"{parameter} {payload.Name}", marker);
    }

    public static TheoryData<string> Addresses() =>
    [
        "/feeds/news.atom?page=-1", "/feeds/news.xml", "/feeds/news.", "/feeds/.rss", "/feeds/news.rss.rss", "/feeds/news.json?callback=alert",
        "/feeds/" + new string('a', 4000) + ".atom", "/en/feeds/standards.rss?x=%ff", "/forums/%3Cscript%3E/calendar.ics", "/forums/../../etc/passwd/calendar.ics",
        "/forums/urban-renewal-forum/calendar.ics?tz=%00", "/news/%ff%fe", "/news/%C0%AF", "/news/..%2F..%2Fappsettings.json", "/%2e%2e/%2e%2e/etc/passwd",
        "/news/" + new string('长', 2000), "/" + string.Concat(Enumerable.Repeat("a/", 500)), "/standards/%E0%A4%A", "/en/en/en/news", "/EN/NEWS", "/news//", "/news/.",
        "/sitemap.xml?page=99999999999", "/robots.txt/..", "/search?q", "/search?q=&q=&q=", "/search?" + string.Concat(Enumerable.Range(0, 500).Select(i => $"q{i}=x&")),
        "/search?q=" + new string('标', 255) + "%F0%9F%98%80", "/search?q=%ED%A0%80", "/search/suggest?q=%ED%A0%80", "/search?q=%25%25%25", "/news?page=1e9", "/news?page=-2147483648",
        "/standards?year=-1", "/standards?year=99999", "/media/not-a-guid/x.jpg", "/media/00000000-0000-0000-0000-000000000000/x.jpg?w=-1&h=999999999&q=abc",
        "/media/00000000-0000-0000-0000-000000000000/%2e%2e%2fcontent.db", "/media/00000000-0000-0000-0000-000000000000/x.jpg?preset=%3Cscript%3E&fmt=exe",
        "/media/00000000-0000-0000-0000-000000000000/x.jpg?w=1&h=1&crop=%00&sig=AAAA", "/cms/%2e%2e/healthz", "/healthz?format=%3Cscript%3E", "/graphql?query=%ED%A0%80",
        "/status/999", "/status/-1", "/status/%3Cscript%3E", "/about/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/en/about/" + new string('x', 3000),
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task OddAddress_AnswersSafely(string address)
    {
        await Probe.WarmAsync(site);
        await Probe.GetAsync(site.CreateClient(new() { AllowAutoRedirect = false }), address, address[..Math.Min(80, address.Length)], "alert(1)");
    }
}
