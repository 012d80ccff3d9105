using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Federation.Api;
using Federation.Api.Delivery;
using Federation.Api.Delivery.Queries;
using Federation.Api.GraphQL.Transport;
using Federation.Api.Publishing;
using Federation.Benchmarks.Synthetic;
using Federation.Cms.Content;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Benchmarks.GraphQL;

/// <summary>
/// Where an uncached answer to the news query of benchmarks/graphql-news.sh goes (issue 6), without
/// HTTP: the whole of <see cref="GraphQLExecution.AnswerAsync"/> for that query; for <c>{ __typename }</c>,
/// what any request pays to be parsed, validated, costed, executed and serialized; for the <c>news</c>
/// field without its nodes; the list behind that field (every published news item matched in order);
/// and the plain endpoint's work for the same JSON.
/// </summary>
[MemoryDiagnoser]
public class GraphQLNewsBenchmarks
{
    const string Origin = "http://127.0.0.1:5091";

    IHost host = null!;
    IServiceScope scope = null!;
    GraphQLExecution execution = null!;
    ContentDelivery delivery = null!;
    IPublicSite site = null!;
    IHttpContextAccessor accessor = null!;
    HttpContext context = null!;

    [Params(10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = SyntheticStore.OpenAsync(Items, builder =>
        {
            builder.Configuration["Content:RunSchedules"] = "false";
            builder.AddFederationApi();
            PlainNewsEndpoint.AddPublicSite(builder);
        }).GetAwaiter().GetResult();
        host.StartAsync().GetAwaiter().GetResult();
        execution = host.Services.GetRequiredService<GraphQLExecution>();
        delivery = host.Services.GetRequiredService<ContentDelivery>();
        site = host.Services.GetRequiredService<IPublicSite>();
        accessor = host.Services.GetRequiredService<IHttpContextAccessor>();
        scope = host.Services.CreateScope();
        context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 5091);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        scope.Dispose();
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> NewsQuery() => AnswerAsync("{ news(first: 20) { edges { node { id title summary url published category tags } } } }");

    [Benchmark]
    public Task<int> TypenameQuery() => AnswerAsync("{ __typename }");

    [Benchmark]
    public Task<int> NewsCountQuery() => AnswerAsync("{ news(first: 20) { totalCount } }");

    [Benchmark]
    public int NewsListMatched() => delivery.Matching(ContentType.News, Cultures.Chinese, new NewsQuery()).Count;

    [Benchmark]
    public int PlainAnswer() => JsonSerializer.SerializeToUtf8Bytes(PlainNewsEndpoint.Read(delivery, site, Origin), PlainNewsEndpoint.Json).Length;

    async Task<int> AnswerAsync(string query)
    {
        accessor.HttpContext = context;
        var (response, _) = await execution.AnswerAsync(context, GraphQLMediaTypes.Json, new GraphQLRequest { Query = query }, CancellationToken.None);
        return response.Body.Length;
    }
}
