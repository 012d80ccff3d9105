using System.Net;
using AngleSharp.Dom;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.GraphQL;

/// <summary>The explorer a browser gets at <c>/graphql</c>, and its bundle served from our own host.</summary>
public sealed class ExplorerTests(FederationSite site) : IClassFixture<FederationSite>
{
    /// <summary>What Chromium sends when a reader types an address.</summary>
    const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    readonly HttpClient http = site.CreateClient();

    async Task<(HttpResponseMessage Response, IDocument Page)> OpenAsync(string url = "/graphql", string accept = BrowserAccept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await http.SendAsync(request);
        return (response, await Html.ParseAsync(await response.Content.ReadAsStringAsync(), url));
    }

    // The stylesheet, the script and the three workers the page names.
    static List<string> AssetUrls(IDocument page)
    {
        var root = page.QuerySelector("#graphiql")!;
        return
        [
            page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!,
            page.QuerySelector("script[src]")!.GetAttribute("src")!,
            root.GetAttribute("data-editor-worker")!,
            root.GetAttribute("data-json-worker")!,
            root.GetAttribute("data-graphql-worker")!,
        ];
    }

    [Theory]
    [InlineData(BrowserAccept)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task ABrowser_GetsTheExplorer(string accept)
    {
        var (response, page) = await OpenAsync(accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Shanghai Modern Service Industry Federation", page.Title, StringComparison.Ordinal);
        Assert.Equal("Shanghai Modern Service Industry Federation GraphQL API", page.QuerySelector("h1").Text());
        Assert.Contains("上海现代服务业联合会", page.QuerySelector(".explorer-intro p").Text(), StringComparison.Ordinal);
        Assert.Equal("/graphql", page.QuerySelector("#graphiql")!.GetAttribute("data-endpoint"));
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task TheExplorer_IsServedUnderAStrictContentSecurityPolicy()
    {
        var (response, _) = await OpenAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("default-src 'none'", directives["default-src"]);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("connect-src 'self'", directives["connect-src"]);
        Assert.Equal("worker-src 'self'", directives["worker-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task TheBundle_IsServedFromOurOwnHost_WithTheRightTypes_AndKeptAsImmutable()
    {
        var (_, page) = await OpenAsync();
        var urls = AssetUrls(page);

        Assert.All(urls, url => Assert.Matches(@"^/graphql/explorer/[a-z.]+\.(css|js)\?v=[0-9a-f]{16}$", url));
        foreach (var url in urls)
        {
            var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(url.Contains(".css?", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(body.Length > 10_000, $"{url} is only {body.Length} bytes");
        }
    }

    [Fact]
    public async Task TheStylesheet_NamesNoOtherHost()
    {
        var (_, page) = await OpenAsync();
        var css = await http.GetStringAsync(AssetUrls(page)[0]);

        Assert.DoesNotContain("fonts.googleapis.com", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"url\((?!data:)", css);
    }

    [Fact]
    public async Task AnAssetUrlWithAnOldHash_IsRevalidated_AndAnUnknownOne_Is404()
    {
        var stale = await http.GetAsync("/graphql/explorer/explorer.js?v=0000000000000000");
        var unknown = await http.GetAsync("/graphql/explorer/nothing.js");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("no-cache", stale.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    [InlineData("text/html, application/json")]
    public async Task AGraphQLClient_WithoutAQuery_StillGets400(string accept)
    {
        var (response, body) = await new GraphQLClient(http).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"), accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"query\"", GraphQLClient.FirstError(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCache_MixesUpTheExplorerAndTheApi()
    {
        var client = new GraphQLClient(http);

        var (first, _) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"), "application/json");
        var (browser, page) = await OpenAsync();
        var (again, _) = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"), "application/json");
        var (browserAgain, _) = await OpenAsync();

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, browser.StatusCode);
        Assert.NotNull(page.QuerySelector("#graphiql"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("text/html", browserAgain.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task ABrowser_WithAQuery_GetsTheResult()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ news(first: 1) { edges { node { title } } } }"));
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        var (response, body) = await new GraphQLClient(http).SendAsync(request, accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrEmpty(body["data"]!["news"]!["edges"]![0]!["node"]!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Introspection_DescribesTheSchema_ForTheDocsAndCompletion()
    {
        var data = await new GraphQLClient(http).DataAsync("{ __schema { queryType { fields { name } } } __type(name: \"News\") { fields { name description } } }");

        var queries = data["__schema"]!["queryType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>());
        Assert.Contains("news", queries);
        Assert.Contains("standards", queries);
        Assert.Contains(data["__type"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "title");
    }
}
