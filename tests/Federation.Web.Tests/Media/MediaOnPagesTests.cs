using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Media;

/// <summary>Cover images and standards' PDFs on the pages, and the media files behind them.</summary>
public sealed class MediaOnPagesTests
{
    [Fact]
    public async Task NewsCover_IsShownWithItsAltTextCaptionAndCredit_AndItsOriginalIsServed()
    {
        await using var site = new FederationSite();
        using var batch = new ImportBatch();
        var cover = batch.AddMedia("meeting.png", "image/png", ImportBatch.Png, alt: "会员大会现场", caption: "年度会员大会", credit: "联合会秘书处", width: 1, height: 1);
        batch.AddItem(News("covered-news", cover.Id), ContentStatus.Published);
        await batch.ImportAsync(site);
        var client = site.CreateClient();

        var (_, page) = await Html.GetAsync(client, "/news/covered-news");
        var image = page.QuerySelector("article figure img")!;
        var shown = await client.GetAsync(image.GetAttribute("src"));
        var file = await client.GetAsync($"/media/{cover.Id}/meeting.png");

        Assert.Equal("会员大会现场", image.GetAttribute("alt"));
        Assert.Equal("high", image.GetAttribute("fetchpriority"));
        Assert.Contains("年度会员大会", page.QuerySelector("article figcaption").Text(), StringComparison.Ordinal);
        Assert.Contains("联合会秘书处", page.QuerySelector("article figcaption").Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ImportBatch.Png, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotNull(file.Headers.ETag);
    }

    [Fact]
    public async Task StandardFullText_IsOfferedAsAPdfDownloadWithItsSize()
    {
        await using var site = new FederationSite();
        using var batch = new ImportBatch();
        var pdf = batch.AddMedia("guide.pdf", "application/pdf", ImportBatch.Pdf);
        batch.AddItem(new ContentDocument
        {
            Id = Guid.NewGuid(),
            Type = ContentType.Standard,
            Fields = new StandardFields { Code = "T/SHMSIF 020-2031", FullText = pdf.Id },
            Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new StandardText { Title = "带全文的标准", Slug = "with-full-text" } },
        }, ContentStatus.Published);
        await batch.ImportAsync(site);
        var client = site.CreateClient();

        var (_, page) = await Html.GetAsync(client, "/standards/with-full-text");
        var link = page.QuerySelector("a.download")!;
        var file = await client.GetAsync(link.GetAttribute("href"));

        Assert.Equal("guide.pdf", link.Text());
        Assert.Contains("(1 KB)", link.ParentElement.Text(), StringComparison.Ordinal);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ImportBatch.Pdf, await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MediaOfADraftOrAnUnknownFile_IsNotServed()
    {
        await using var site = new FederationSite();
        using var batch = new ImportBatch();
        var draftCover = batch.AddMedia("draft.png", "image/png", ImportBatch.Png, alt: "草稿配图");
        var publicCover = batch.AddMedia("public.png", "image/png", ImportBatch.Png, alt: "公开配图");
        batch.AddItem(News("draft-news", draftCover.Id), ContentStatus.Draft);
        batch.AddItem(News("public-news", publicCover.Id), ContentStatus.Published);
        await batch.ImportAsync(site);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{draftCover.Id}/draft.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{publicCover.Id}/other-name.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{Guid.NewGuid()}/public.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/media/{publicCover.Id}/public.png")).StatusCode);
    }

    static ContentDocument News(string slug, Guid cover) => new()
    {
        Id = Guid.NewGuid(),
        Type = ContentType.News,
        Cover = cover,
        Fields = new NewsFields { Category = NewsCategory.Federation },
        Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new NewsText { Title = "配图新闻 " + slug, Slug = slug } },
    };
}
