namespace Federation.Web.Tests.Hostile;

/// <summary>Odd request headers and methods on the public pages, the API and the back office: never a 5xx, never slow, never echoed as markup.</summary>
public sealed class HeaderAndMethodTests(FederationSite site) : IClassFixture<FederationSite>
{
    static readonly string[] Pages = ["/", "/news", "/standards?year=2024", "/search?q=标准", "/feeds/news.atom", "/graphql?query=%7Bnews%7BtotalCount%7D%7D", "/cms/sign-in", "/sitemap.xml"];

    static readonly (string Name, string Value)[] Headers =
    [
        ("Accept-Language", "<script>alert('hxal')</script>"), ("Accept-Language", "zz-ZZ;q=abc, *;q=-1, " + new string('a', 4000)), ("Accept-Language", "en;q=1e309"),
        ("Accept", "text/html;q=2, */*;q=-5"), ("Accept", "application/json, ;;;,,,"), ("Accept", new string('*', 3000)),
        ("Accept-Encoding", "gzip;q=abc, br;q=2, identity;q=0, *;q=0"), ("Accept-Encoding", "x-unknown"),
        ("If-None-Match", "\"<script>alert('hxinm')</script>\""), ("If-None-Match", "W/\"" + new string('a', 5000) + "\""), ("If-Modified-Since", "yesterday"),
        ("Range", "bytes=999999999-0"), ("Range", "bytes=-1,-1,-1,-1,-1,-1,-1,-1,-1,-1"), ("Cookie", ".AspNetCore.Cookies=" + new string('A', 3000)),
        ("Cookie", ".AspNetCore.Antiforgery.x=%ff%fe; federation-text=<script>alert('hxck')</script>"), ("Referer", "javascript:alert('hxref')"),
        ("X-Forwarded-For", "<script>"), ("X-Forwarded-Host", "evil.example"), ("X-Api-Key", "' OR 1=1 --"), ("Origin", "null"), ("Authorization", "Bearer <script>"),
        ("Content-Type", "application/json; charset=utf-999"),
    ];

    public static TheoryData<string, int> HeaderCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in Pages)
        {
            for (var i = 0; i < Headers.Length; i++)
            {
                data.Add(page, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeaderCases))]
    public async Task OddHeader_AnswersSafely(string page, int header)
    {
        await Probe.WarmAsync(site);
        var (name, value) = Headers[header];
        var request = new HttpRequestMessage(HttpMethod.Get, page);
        if (name == "Content-Type")
        {
            request.Content = new StringContent("");
            request.Content.Headers.TryAddWithoutValidation(name, value);
        }
        else
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        await Probe.SendAsync(site.CreateClient(new() { AllowAutoRedirect = false }), request, $"{page} {name}: {value[..Math.Min(40, value.Length)]}", "hxal", "hxinm", "hxck", "hxref");
    }

    public static TheoryData<string, string> MethodCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in Pages)
        {
            foreach (var method in (string[])["HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "X-<SCRIPT>"])
            {
                data.Add(page, method);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodCases))]
    public async Task OddMethod_AnswersSafely(string page, string method)
    {
        await Probe.WarmAsync(site);
        HttpMethod verb;
        try
        {
            verb = new HttpMethod(method);
        }
        catch (FormatException)
        {
            verb = new HttpMethod("X-SCRIPT");
        }

        var answer = await Probe.SendAsync(site.CreateClient(new() { AllowAutoRedirect = false }), new HttpRequestMessage(verb, page), $"{method} {page}");

        if (method is not ("HEAD" or "OPTIONS"))
        {
            // Nothing on the site answers these: a refusal that says what would be answered.
            Assert.Equal(405, answer.Status);
            var allow = answer.Response.Content.Headers.Allow;
            Assert.Contains("GET", allow);
            Assert.DoesNotContain(method, allow);
        }
    }
}
