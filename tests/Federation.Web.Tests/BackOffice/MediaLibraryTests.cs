using System.Net;
using System.Text.Json;
using Federation.Cms.Content.Types;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.BackOffice;

/// <summary>The media library over HTTP: uploads with and without the script, alt text before use, drafts' media kept private.</summary>
public sealed class MediaLibraryTests
{
    static byte[] Png(int width, int height)
    {
        using var image = NetVips.Image.Black(width, height, bands: 3) + 90;
        return image.Cast(NetVips.Enums.BandFormat.Uchar).PngsaveBuffer();
    }

    const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";

    [Fact]
    public async Task UploadWithoutScript_StoresTheGoodFile_AndNamesTheRefusedOneWithItsReason()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var response = await editor.UploadAsync("/cms/media", "/cms/media?handler=Upload", [("会场.png", Png(320, 200)), ("logo.svg", System.Text.Encoding.UTF8.GetBytes(Svg))]);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/media");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已上传 1 个文件", page.QuerySelector("[role=status]").Text(), StringComparison.Ordinal);
        Assert.Contains("logo.svg：不能上传 SVG", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Equal("会场.png", page.QuerySelector(".bo-media-card.is-new .bo-media-name").Text());
        Assert.Equal("缺少替代文本", page.QuerySelector(".bo-media-card.is-new .bo-status").Text());
    }

    [Fact]
    public async Task UploadFromTheScript_AnswersJsonPerFile_And400WhenNothingWasStored()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);

        var good = await editor.UploadAsync("/cms/media", "/cms/media?handler=Upload", [("photo.png", Png(64, 64))], asJson: true);
        var bad = await editor.UploadAsync("/cms/media", "/cms/media?handler=Upload", [("empty.png", [])], asJson: true);
        var goodJson = JsonDocument.Parse(await good.Content.ReadAsStringAsync()).RootElement[0];
        var badJson = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement[0];

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.True(Guid.TryParse(goodJson.GetProperty("id").GetString(), out _));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("文件是空的。", badJson.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task DraftMedia_IsServedToEditorsOnly_UntilAPublishedItemShowsIt()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var upload = await editor.UploadAsync("/cms/media", "/cms/media?handler=Upload", [("private.png", Png(80, 60))], asJson: true);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement[0].GetProperty("id").GetString();
        var anonymous = site.CreateClient(new() { AllowAutoRedirect = false });

        var forEditor = await editor.Http.GetAsync($"/cms/media/{id}/file");
        var thumbnail = await editor.Http.GetAsync($"/cms/media/{id}/thumbnail");
        var forAnonymous = await anonymous.GetAsync($"/cms/media/{id}/file");
        var publicBefore = await anonymous.GetAsync($"/media/{id}/private.png");
        await editor.PostFormAsync($"/cms/media/{id}", new() { ["alt[zh-CN]"] = "私有图片", ["focalX"] = "50", ["focalY"] = "50" }, action: $"/cms/media/{id}?handler=Describe");
        await site.PublishAsync(new NewsFields(), new NewsText { Title = "带图片的新闻", Slug = "with-picture" }, cover: Guid.Parse(id!));
        var publicAfter = await anonymous.GetAsync($"/media/{id}/private.png");

        Assert.Equal(HttpStatusCode.OK, forEditor.StatusCode);
        Assert.Equal("image/png", forEditor.Content.Headers.ContentType?.MediaType);
        Assert.Equal("image/webp", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Redirect, forAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, publicBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publicAfter.StatusCode);
    }

    [Fact]
    public async Task PictureWithoutAltText_CannotBeTheCover_TheProblemStandsBesideTheField()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var upload = await editor.UploadAsync("/cms/media", "/cms/media?handler=Upload", [("no-alt.png", Png(80, 60))], asJson: true);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement[0].GetProperty("id").GetString()!;

        var response = await editor.PostFormAsync("/cms/content/news/new", new()
        {
            ["cultures.zh-CN.title"] = "封面没有替代文本", ["cultures.zh-CN.slug"] = "cover-without-alt", ["fields.category"] = "federation", ["cover"] = id,
        }, action: "/cms/content/news/new?handler=Save");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/content/news/new");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("图片 no-alt.png 还没有中文替代文本，请先在媒体库中填写。", page.QuerySelector("#f-cover-problem").Text());
    }

    [Fact]
    public async Task AltText_IsRequiredForAPicture_AndAnEditUpdatesThePublishedPage()
    {
        await using var site = new FederationSite();
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);
        var upload = await editor.UploadAsync("/cms/media", "/cms/media?handler=Upload", [("hall.png", Png(80, 60))], asJson: true);
        var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement[0].GetProperty("id").GetString()!;

        var missing = await editor.PostFormAsync($"/cms/media/{id}", new() { ["alt[zh-CN]"] = " ", ["focalX"] = "50", ["focalY"] = "50" }, action: $"/cms/media/{id}?handler=Describe");
        await editor.PostFormAsync($"/cms/media/{id}", new() { ["alt[zh-CN]"] = "会场", ["focalX"] = "50", ["focalY"] = "50" }, action: $"/cms/media/{id}?handler=Describe");
        await site.PublishAsync(new NewsFields(), new NewsText { Title = "会场新闻", Slug = "hall-news" }, cover: Guid.Parse(id));
        await editor.PostFormAsync($"/cms/media/{id}", new() { ["alt[zh-CN]"] = "年会会场全景", ["focalX"] = "30", ["focalY"] = "60" }, action: $"/cms/media/{id}?handler=Describe");
        var (_, news) = await Html.GetAsync(site.CreateClient(), "/news/hall-news");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("年会会场全景", news.QuerySelector("article figure img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task ImportedPicture_GetsItsThumbnailOnFirstRequest()
    {
        await using var site = new FederationSite();
        using var batch = new ImportBatch();
        var picture = batch.AddMedia("imported.png", "image/png", Png(900, 600), alt: "导入的图片", width: 900, height: 600);
        await batch.ImportAsync(site);
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var thumbnail = await editor.Http.GetAsync($"/cms/media/{picture.Id}/thumbnail");
        using var image = NetVips.Image.NewFromBuffer(await thumbnail.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal((480, 320), (image.Width, image.Height));
    }
}
