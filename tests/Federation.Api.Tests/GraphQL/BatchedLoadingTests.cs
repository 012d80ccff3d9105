using System.Text.Json;
using Federation.Api.Delivery;
using Federation.Api.GraphQL.Loading;
using Federation.Api.GraphQL.Schema;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Media;
using Federation.Cms.Snapshot;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Api.Tests.GraphQL;

/// <summary>Related content is loaded in batches: a list of 100 items with their tags, covers and related items reads the snapshot as often as a list of one.</summary>
public sealed class BatchedLoadingTests
{
    static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 0, 0, TimeSpan.FromHours(8));

    const string Query = """
        { news(first: 100) { totalCount edges { node {
            title tags cover { width alt }
            related { __typename title ... on Standard { code supersedes { code } supersededBy { code } } } } } } }
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public async Task ListWithRelatedItems_ReadsTheSnapshotThreeTimes_HoweverLong(int count)
    {
        var (items, delivery) = Snapshot(count);
        var reader = new ContentReader(delivery);

        var json = await ExecuteAsync(delivery, reader);

        var edges = json.RootElement.GetProperty("data").GetProperty("news").GetProperty("edges");
        Assert.Equal(count, edges.GetArrayLength());
        var last = edges[count - 1].GetProperty("node");
        Assert.Equal($"新闻 {count - 1}", last.GetProperty("title").GetString());
        Assert.Equal("封面", last.GetProperty("cover").GetProperty("alt").GetString());
        Assert.Equal(["standard", "forum"], last.GetProperty("related").EnumerateArray().Select(r => r.GetProperty("__typename").GetString()!.ToLowerInvariant()));
        Assert.Equal($"T/TEST {count - 1:000}-2026", last.GetProperty("related")[0].GetProperty("code").GetString());
        Assert.Equal("T/TEST OLD-2020", last.GetProperty("related")[0].GetProperty("supersedes")[0].GetProperty("code").GetString());
        // The list, the related items of every item, and the standards they supersede: one lookup each.
        Assert.Equal(3, reader.Lookups);
        Assert.True(items > count);
    }

    static async Task<JsonDocument> ExecuteAsync(ContentDelivery delivery, ContentReader reader)
    {
        var services = new ServiceCollection().AddSingleton(delivery).BuildServiceProvider();
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = new FederationSchema();
            o.Query = Query;
            o.RequestServices = services;
            o.UserContext = reader;
        });
        Assert.Null(result.Errors);
        return JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
    }

    // count news items, each with its cover, related to its own standard and a shared forum; every standard supersedes one old standard.
    static (int Items, ContentDelivery Delivery) Snapshot(int count)
    {
        var old = Item(ContentType.Standard, "old", new StandardFields { Code = "T/TEST OLD-2020" });
        var forum = Item(ContentType.Forum, "forum", new ForumFields());
        var items = new List<PublishedItem> { old, forum };
        for (var i = 0; i < count; i++)
        {
            var standard = Item(ContentType.Standard, $"standard-{i}", new StandardFields { Code = $"T/TEST {i:000}-2026", Supersedes = [old.Id] });
            var cover = new MediaItem
            {
                Id = Guid.NewGuid(), File = "cover.png", ContentType = "image/png", Width = 800, Height = 600,
                Cultures = new Dictionary<string, MediaText> { [Cultures.Chinese] = new() { Alt = "封面" } },
            };
            var document = new ContentDocument
            {
                Id = Guid.NewGuid(), Type = ContentType.News, Fields = new NewsFields(), Cover = cover.Id, Related = [standard.Id, forum.Id],
                Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new NewsText { Title = $"新闻 {i}", Slug = $"news-{i}", Tags = ["标签"] } },
            };
            items.Add(standard);
            items.Add(new PublishedItem(document, 1, Now.AddMinutes(-i), Now, Now, new Dictionary<Guid, MediaItem> { [cover.Id] = cover }));
        }

        var snapshots = new PublishedSnapshotStore();
        snapshots.Swap(PublishedSnapshot.Create(items, 1, Now));
        return (items.Count, new ContentDelivery(snapshots, new FakeTimeProvider(Now)));
    }

    static PublishedItem Item(ContentType type, string slug, ContentFields fields)
    {
        var text = (CultureText)Activator.CreateInstance(ContentTypeInfo.Of(type).TextType)! with { Title = slug, Slug = slug };
        return new PublishedItem(
            new ContentDocument { Id = Guid.NewGuid(), Type = type, Fields = fields, Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = text } },
            1, Now.AddYears(-1), Now, Now);
    }
}
