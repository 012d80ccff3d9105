using System.Net;
using System.Text;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Federation.Web.Tests.Partners;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Web.Tests.GraphQL;

/// <summary>
/// What partners registered in the back office get from /graphql: their own rate limit with their
/// API key, CORS for their origins, and the trusted documents registered for them; anonymous
/// callers get the low limit; every limit is counted in query cost per minute.
/// </summary>
public sealed class PartnerAccessTests
{
    const string TenTitles = "{ news(first: 10) { edges { node { title } } } }"; // costs 22
    const string PartnerOrigin = "https://www.partner.example.org";

    // A clock at the start of a minute, so a test's requests never straddle two.
    static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 26, 9, 0, 1, TimeSpan.Zero));

    static FederationSite Site(FakeTimeProvider clock, int anonymous = 10_000) => FederationSite.With(
        new Dictionary<string, string> { ["GraphQL:AnonymousCostPerMinute"] = anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        services => services.AddSingleton<TimeProvider>(clock));

    static async Task<(string Page, string Key)> PartnerWithKeyAsync(FederationSite site, string cost)
    {
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");
        var page = await PartnerScreensTests.RegisterAsync(admin, "浙江省现代服务业联合会", PartnerOrigin, cost);
        var (_, key) = await PartnerScreensTests.MakeKeyAsync(admin, page, "正式环境");
        return (page, key);
    }

    static HttpRequestMessage Post(string query, string? key = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLClient.GraphQLResponse);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    static string Header(HttpResponseMessage response, string name) => string.Join(",", response.Headers.GetValues(name));

    [Fact]
    public async Task AnonymousCallers_SpendTheirCostPerMinute_ThenGet429WithRetryAfter_UntilTheNextMinute()
    {
        var clock = Clock();
        await using var site = Site(clock, anonymous: 50);
        var client = new GraphQLClient(site.CreateClient());

        var first = await client.SendAsync(Post(TenTitles), null);
        var second = await client.SendAsync(Post(TenTitles), null);
        var third = await client.SendAsync(Post(TenTitles), null);
        var (refused, body) = await client.SendAsync(Post(TenTitles), null);
        clock.Advance(TimeSpan.FromMinutes(1));
        var (nextMinute, _) = await client.SendAsync(Post(TenTitles), null);

        Assert.Equal("50;w=60", Header(first.Response, "RateLimit-Policy"));
        Assert.Equal("28", Header(first.Response, "RateLimit-Remaining"));
        Assert.Equal("6", Header(second.Response, "RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, third.Response.StatusCode);
        Assert.Equal("0", Header(third.Response, "RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("59", Header(refused, "Retry-After"));
        Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("the rate limit of 50 query cost per minute is spent; try again in 59 s", GraphQLClient.FirstError(body));
        Assert.Equal(HttpStatusCode.OK, nextMinute.StatusCode);
    }

    [Fact]
    public async Task APartnersKey_GivesItsOwnLimit_AndARevokedOrUnknownKeyIs401()
    {
        await using var site = Site(Clock(), anonymous: 50);
        var (page, key) = await PartnerWithKeyAsync(site, cost: "5000");
        var client = new GraphQLClient(site.CreateClient());

        var (keyed, _) = await client.SendAsync(Post(TenTitles, key), null);
        var (anonymous, _) = await client.SendAsync(Post(TenTitles), null);
        var (unknown, unknownBody) = await client.SendAsync(Post(TenTitles, "fed_not-a-key-of-ours"), null);
        var keyId = site.Services.GetRequiredService<PartnerDirectory>().FindByApiKey(key)!.PartnerId;

        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal("5000", Header(keyed, "RateLimit-Limit"));
        Assert.Equal("4978", Header(keyed, "RateLimit-Remaining"));
        // The anonymous count is the address's own, untouched by the partner's requests.
        Assert.Equal("28", Header(anonymous, "RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("INVALID_API_KEY", unknownBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.NotEqual(Guid.Empty, keyId);
    }

    [Fact]
    public async Task ARegisteredOrigin_GetsCors_WithPreflight_AndOthersGetNone()
    {
        await using var site = Site(Clock());
        await PartnerWithKeyAsync(site, cost: "1000");
        var http = site.CreateClient();

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", PartnerOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        var allowed = await http.SendAsync(preflight);
        var fromPartner = await http.SendAsync(Post(TenTitles, origin: PartnerOrigin));
        var fromElsewhere = await http.SendAsync(Post(TenTitles, origin: "https://evil.example.com"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(PartnerOrigin, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(allowed, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", Header(allowed, "Access-Control-Allow-Headers"), StringComparison.Ordinal);
        Assert.Equal(PartnerOrigin, Header(fromPartner, "Access-Control-Allow-Origin"));
        Assert.Contains("RateLimit-Remaining", Header(fromPartner, "Access-Control-Expose-Headers"), StringComparison.Ordinal);
        Assert.Contains("Origin", fromPartner.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ADocumentRegisteredInTheBackOffice_RunsByItsId()
    {
        await using var site = Site(Clock());
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");
        const string Document = "query PartnerHome { standards(first: 2) { totalCount } }\n";
        await admin.PostFormAsync("/cms/partners/documents", new() { ["name"] = "标准目录", ["text"] = Document }, "/cms/partners/documents?handler=Add");
        var client = new GraphQLClient(site.CreateClient());

        var (response, body) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + TrustedDocumentIds.Of(Document)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body["data"]!["standards"]!["totalCount"]!.GetValue<int>() >= 1);
    }
}
