using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Site;

/// <summary>HEAD works wherever GET does (RFC 9110, section 9.3.2): the same status and headers, no body.</summary>
public sealed class HeadTests(HeadTests.OnKestrel kestrel) : IClassFixture<HeadTests.OnKestrel>
{
    /// <summary>The site on Kestrel at a loopback port: the test server sends a HEAD answer's body, which Kestrel, as deployed, drops.</summary>
    public sealed class OnKestrel : IAsyncLifetime
    {
        public FederationSite Site { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public ValueTask InitializeAsync()
        {
            Client = new HttpClient { BaseAddress = Site.StartOnLoopback() };
            return ValueTask.CompletedTask;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Site.DisposeAsync();
        }
    }

    readonly FederationSite site = kestrel.Site;

    [Fact]
    public void EveryEndpointThatAnswersGet_AnswersHeadToo()
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var getOnly = endpoints
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(getOnly.Count == 0, "GET without HEAD: " + string.Join(", ", getOnly));
    }

    [Theory]
    [InlineData("/robots.txt")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/news.atom")]
    [InlineData("/feeds/standards.rss")]
    [InlineData("/en/feeds/training.json")]
    [InlineData("/search/suggest?q=%E6%A0%87%E5%87%86")]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/")]
    [InlineData("/news")]
    [InlineData("/feeds/nothing.atom")]
    public async Task Head_AnswersAsGetDoes_WithoutABody(string url)
    {
        var client = kestrel.Client;

        var get = await client.GetAsync(url);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(HttpStatusCode.InternalServerError, head.StatusCode);
    }
}
