using System.Net;
using Federation.Cms.Media;
using Federation.Web.Media;

namespace Federation.Web.Tests.Images;

/// <summary>How variants are delivered: the format the browser accepts, caching headers, and one render however many ask at once.</summary>
public sealed class DeliveryTests
{
    [Theory]
    [InlineData("image/avif,image/webp,image/apng,image/*,*/*;q=0.8", "image/avif", "heif")]
    [InlineData("image/webp,*/*", "image/webp", "webp")]
    [InlineData("image/avif;q=0,image/webp", "image/webp", "webp")]
    [InlineData("*/*", "image/jpeg", "jpeg")]
    [InlineData("image/*", "image/jpeg", "jpeg")]
    public async Task WithoutFmt_TheFormatFollowsAccept_AndVariesByIt(string accept, string contentType, string decodedAs)
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(800, 450), null));
        var hall = site.Shown[0];

        var response = await site.GetAsync($"/media/{hall.Id}/hall.jpg?preset=w320", accept);
        var (width, height, format, _) = TestImages.Decode(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((320, 180, decodedAs), (width, height, format));
        Assert.Equal(["Accept"], response.Headers.Vary);
    }

    [Fact]
    public async Task ATransparentImage_IsPngForBrowsersWithoutWebPOrAvif()
    {
        await using var site = await ImageSite.StartAsync(("logo.png", TestImages.TransparentPng(600, 600), null));
        var logo = site.Shown[0];

        var legacy = await site.GetAsync($"/media/{logo.Id}/logo.png?preset=w320", "image/png,image/jpeg,*/*");
        var modern = await site.GetAsync($"/media/{logo.Id}/logo.png?preset=w320", "image/webp,*/*");
        var legacyBytes = await legacy.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/png", legacy.Content.Headers.ContentType?.MediaType);
        Assert.Equal((320, 320, "png", false), TestImages.Decode(legacyBytes));
        Assert.Equal(4, TestImages.ColourAt(legacyBytes, 10, 10).Length);
        Assert.Equal("image/webp", modern.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithFmt_TheFormatIsThatOne_AndDoesNotVary()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(800, 450), null));
        var hall = site.Shown[0];

        var webp = await site.GetAsync($"/media/{hall.Id}/hall.jpg?preset=w320&fmt=webp", "image/avif,*/*");
        var avif = await site.GetAsync(site.Urls.SignedPath(hall, new VariantSpec(200, 200, ImageFit.Crop, ImageFormat.Avif, 40)), "*/*");

        Assert.Equal("image/webp", webp.Content.Headers.ContentType?.MediaType);
        Assert.Empty(webp.Headers.Vary);
        Assert.Equal("image/avif", avif.Content.Headers.ContentType?.MediaType);
        Assert.Equal((200, 200, "heif", false), TestImages.Decode(await avif.Content.ReadAsByteArrayAsync()));
    }

    [Fact]
    public async Task AVariantOfTheCurrentVersion_IsImmutable_AndHasAnETagFor304s()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(800, 450), null));
        var hall = site.Shown[0];
        var current = VariantUrls.PresetPath(hall, "card");

        var first = await site.GetAsync(current, "image/webp");
        var again = await site.GetAsync(current, "image/webp", ifNoneMatch: first.Headers.ETag!.Tag);
        var otherFormat = await site.GetAsync(current, "*/*");
        var withoutVersion = await site.GetAsync($"/media/{hall.Id}/hall.jpg?preset=card", "image/webp");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((640, 360, "webp", false), TestImages.Decode(await first.Content.ReadAsByteArrayAsync()));
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(["Accept"], again.Headers.Vary);
        Assert.NotEqual(first.Headers.ETag, otherFormat.Headers.ETag);
        // A URL the site did not make may show a newer rendering one day: cached a day, like originals.
        Assert.Equal("public, max-age=86400", withoutVersion.Headers.CacheControl!.ToString());
        Assert.Equal(first.Headers.ETag, withoutVersion.Headers.ETag);
    }

    [Fact]
    public async Task ManyRequestsAtOnceForOneVariant_RenderItOnce()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(2400, 1600), null));
        var hall = site.Shown[0];
        var path = VariantUrls.PresetPath(hall, "w1280");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => site.GetAsync(path, "image/webp")));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.Equal(1, site.Cache.Renders);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Cache.Folder, hall.Id.ToString("N"))));
        // A later request is served from the file.
        await site.GetAsync(path, "image/webp");
        Assert.Equal(1, site.Cache.Renders);
    }

    [Fact]
    public void ANewFocalPoint_GivesNewUrls_NewWordsDoNot()
    {
        var media = new MediaItem { Id = Guid.NewGuid(), File = "a.jpg", ContentType = "image/jpeg", Size = 1234, Width = 800, Height = 450, FocalPoint = new FocalPoint(0.2, 0.5) };

        Assert.NotEqual(VariantUrls.PresetPath(media, "card"), VariantUrls.PresetPath(media with { FocalPoint = new FocalPoint(0.8, 0.5) }, "card"));
        Assert.NotEqual(VariantUrls.PresetPath(media, "card"), VariantUrls.PresetPath(media with { FocalPoint = null }, "card"));
        Assert.Equal(VariantUrls.PresetPath(media, "card"), VariantUrls.PresetPath(media with { Cultures = new Dictionary<string, MediaText> { ["zh-CN"] = new() { Alt = "新的" } } }, "card"));
    }
}
