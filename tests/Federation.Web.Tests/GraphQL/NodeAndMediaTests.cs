using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Media;
using Federation.Tests.Site;

namespace Federation.Web.Tests.GraphQL;

/// <summary>Global ids that node(id) finds again, mixed related items, and media: covers, showcase images and a standard's PDF.</summary>
public sealed class NodeAndMediaTests
{
    static async Task<(FederationSite Site, GraphQLClient Client, MediaItem Photo, MediaItem Pdf)> SiteWithMediaAsync()
    {
        var site = new FederationSite();
        using var batch = new ImportBatch();
        var photo = batch.AddMedia("hall.png", "image/png", ImportBatch.Png, alt: "会场全景", caption: "年会现场", credit: "联合会", width: 1, height: 1,
            english: new MediaText { Alt = "The hall" });
        var pdf = batch.AddMedia("standard.pdf", "application/pdf", ImportBatch.Pdf, caption: "标准全文");
        var standard = Document(ContentType.Standard, new StandardFields { Code = "T/NODE 001-2026", FullText = pdf.Id }, new StandardText { Title = "节点测试标准", Slug = "node-standard" });
        var showcase = Document(ContentType.Showcase, new ShowcaseFields { Kind = ShowcaseKind.BrandCase, Images = [photo.Id] }, new ShowcaseText { Title = "节点测试案例", Slug = "node-showcase" });
        var draft = Document(ContentType.News, new NewsFields(), new NewsText { Title = "节点测试草稿", Slug = "node-draft" });
        var news = Document(ContentType.News, new NewsFields(), new NewsText { Title = "节点测试新闻", Slug = "node-news" }) with
        {
            Cover = photo.Id, Related = [standard.Id, draft.Id, showcase.Id],
        };
        batch.AddItem(draft, ContentStatus.Draft);
        batch.AddItem(standard, ContentStatus.Published);
        batch.AddItem(showcase, ContentStatus.Published);
        batch.AddItem(news, ContentStatus.Published);
        await batch.ImportAsync(site);
        return (site, new GraphQLClient(site.CreateClient()), photo, pdf);
    }

    static ContentDocument Document(ContentType type, ContentFields fields, CultureText chinese) =>
        new() { Id = Guid.NewGuid(), Type = type, Fields = fields, Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = chinese } };

    [Fact]
    public async Task EveryItemsId_FindsItAgainThroughNode()
    {
        var (site, client, _, _) = await SiteWithMediaAsync();
        await using var _ = site;
        var lists = await client.DataAsync("""
            { news(first: 1) { edges { node { id title } } } forums(first: 1) { edges { node { id title } } }
              standards(first: 1) { edges { node { id title } } } courses(first: 1) { edges { node { id title } } }
              showcases(first: 1) { edges { node { id title } } } pages(first: 1) { edges { node { id title } } } }
            """);

        foreach (var (list, typeName) in new[] { ("news", "News"), ("forums", "Forum"), ("standards", "Standard"), ("courses", "Course"), ("showcases", "Showcase"), ("pages", "Page") })
        {
            var item = lists[list]!["edges"]![0]!["node"]!;
            var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { __typename id ... on Content { title } } }", new { id = item["id"]!.GetValue<string>() }))["node"]!;
            Assert.Equal(typeName, node["__typename"]!.GetValue<string>());
            Assert.Equal(item["title"]!.GetValue<string>(), node["title"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task UnknownOrForgedIds_AreNullOrCodedErrors()
    {
        var (site, client, _, _) = await SiteWithMediaAsync();
        await using var _ = site;
        var newsId = (await client.DataAsync("{ newsItem(slug: \"node-news\") { id } }"))["newsItem"]!["id"]!.GetValue<string>();
        var asForum = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("forum:" + System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(newsId)).Split(':')[1]));
        var missing = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"news:{Guid.NewGuid():N}"));

        var data = await client.DataAsync("query($a: ID!, $b: ID!) { wrongType: node(id: $a) { id } unpublished: node(id: $b) { id } }", new { a = asForum, b = missing });
        var (_, forged) = await client.PostAsync("{ node(id: \"not-an-id\") { id } }");

        Assert.Null(data["wrongType"]);
        Assert.Null(data["unpublished"]);
        Assert.Equal("INVALID_ID", forged["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(forged["data"]!["node"]);
    }

    [Fact]
    public async Task RelatedItems_OfMixedTypes_AndTheirMedia()
    {
        var (site, client, photo, pdf) = await SiteWithMediaAsync();
        await using var _ = site;

        var data = await client.DataAsync("""
            { zh: newsItem(slug: "node-news") {
                cover { url contentType width height alt caption credit }
                related { __typename title ... on Standard { code fullText { url fileName contentType size title } } ... on Showcase { images { alt } } } }
              en: newsItem(slug: "node-news", culture: EN) { cover { alt caption } } }
            """);

        var news = data["zh"]!;
        Assert.Equal($"http://localhost/media/{photo.Id}/hall.png", news["cover"]!["url"]!.GetValue<string>());
        Assert.Equal("会场全景", news["cover"]!["alt"]!.GetValue<string>());
        Assert.Equal("联合会", news["cover"]!["credit"]!.GetValue<string>());
        Assert.Equal(1, news["cover"]!["width"]!.GetValue<int>());
        // The draft is left out; the order is the editors'.
        Assert.Equal(["Standard", "Showcase"], news["related"]!.AsArray().Select(r => r!["__typename"]!.GetValue<string>()));
        var fullText = news["related"]![0]!["fullText"]!;
        Assert.Equal($"http://localhost/media/{pdf.Id}/standard.pdf", fullText["url"]!.GetValue<string>());
        Assert.Equal("application/pdf", fullText["contentType"]!.GetValue<string>());
        Assert.Equal(ImportBatch.Pdf.Length, fullText["size"]!.GetValue<long>());
        Assert.Equal("标准全文", fullText["title"]!.GetValue<string>());
        Assert.Equal("会场全景", news["related"]![1]!["images"]![0]!["alt"]!.GetValue<string>());
        // English words where there are some, the Chinese caption where there are none.
        Assert.Equal("The hall", data["en"]!["cover"]!["alt"]!.GetValue<string>());
        Assert.Null(data["en"]!["cover"]!["caption"]);
        var served = await site.CreateClient().GetAsync(new Uri(fullText["url"]!.GetValue<string>()).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
    }
}
