using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Federation.Api.Delivery;
using Federation.Api.GraphQL.Schema;
using Federation.Api.Publishing;
using Federation.Cms;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;
using Federation.Web.Media;
using Federation.Web.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.Benchmarks.GraphQL;

/// <summary>
/// The baseline of benchmarks/graphql-news.sh (issue 6): a plain minimal-API endpoint, <c>GET /plain/news</c>,
/// answering the JSON that <c>{ news(first: 20) { edges { node { id title summary url published category tags } } } }</c>
/// answers, from the published snapshot the content core loads from the store as the host does. It reads the first
/// 20 of the news list, newest first (<see cref="ContentDelivery.List"/>), links through the site's
/// <see cref="IPublicSite"/>, and serializes with System.Text.Json. Never part of the product.
/// </summary>
internal static class PlainNewsEndpoint
{
    public const string Path = "/plain/news";

    const int PageSize = 20;

    /// <summary>As the GraphQL serializer writes: camelCase names, Chinese as is, enum values in GraphQL's CONSTANT_CASE.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter<NewsCategory>(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>Serves <see cref="Path"/> on <paramref name="port"/> of loopback from the SQLite store at <paramref name="store"/>, until stopped.</summary>
    public static async Task<int> RunAsync(int port, string store)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration["ConnectionStrings:Content"] = $"Data Source={System.IO.Path.GetFullPath(store)}";
        builder.Configuration["Media:Root"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "federation-plain-news-media");
        builder.Configuration["Content:ImportSeedIntoEmptyStore"] = "false";
        builder.Configuration["Content:RunSchedules"] = "false";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddFederationCms();
        builder.Services.AddSingleton<ContentDelivery>();
        AddPublicSite(builder);
        var app = builder.Build();
        app.MapGet(Path, (HttpContext context, ContentDelivery delivery, IPublicSite site) => TypedResults.Json(Read(delivery, site, site.Origin(context.Request)), Json));
        await app.RunAsync($"http://127.0.0.1:{port}");
        return 0;
    }

    /// <summary>The site's <see cref="IPublicSite"/>, with what it links through (image variants), as the host registers them.</summary>
    public static void AddPublicSite(IHostApplicationBuilder builder)
    {
        builder.AddFederationImages();
        builder.Services.AddSingleton<IPublicSite, PublicSite>();
    }

    /// <summary>The answer: the 20 newest news items, linked from <paramref name="origin"/>.</summary>
    public static NewsAnswer Read(ContentDelivery delivery, IPublicSite site, string origin)
    {
        var edges = delivery.List(ContentType.News, 1, PageSize).Items.Select(item => new NewsEdge(Node(item, origin, site))).ToList();
        return new NewsAnswer(new NewsData(new NewsConnection(edges)));
    }

    static NewsNode Node(PublishedItem item, string origin, IPublicSite site)
    {
        var text = item.TextOrChinese<CultureText>(Cultures.Chinese);
        return new NewsNode(
            GlobalId.Of(item), text.Title, text.Summary, origin + site.ItemPath(item, Cultures.Chinese), item.Published, item.Fields<NewsFields>().Category, text.Tags);
    }

    internal sealed record NewsAnswer(NewsData Data);

    internal sealed record NewsData(NewsConnection News);

    internal sealed record NewsConnection(IReadOnlyList<NewsEdge> Edges);

    internal sealed record NewsEdge(NewsNode Node);

    internal sealed record NewsNode(string Id, string Title, string? Summary, string Url, DateTimeOffset? Published, NewsCategory Category, IReadOnlyList<string> Tags);
}
