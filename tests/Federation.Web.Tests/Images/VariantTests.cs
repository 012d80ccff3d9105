using System.Net;
using System.Text.Json.Nodes;
using Federation.Cms.Media;
using Federation.Web.Media;

namespace Federation.Web.Tests.Images;

/// <summary>Resized variants on /media/{id}/{file}: their real sizes and formats, crops around the focal point, and what never gets rendered.</summary>
public sealed class VariantTests
{
    [Fact]
    public async Task Preset_IsServedToAnyone_AtItsWidth_WithTheOriginalsProportions()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));
        var hall = site.Shown[0];

        var response = await site.GetAsync($"/media/{hall.Id}/hall.jpg?preset=w640");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((640, 360, "jpeg", false), TestImages.Decode(bytes));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Variants_AreNeverLargerThanTheOriginal()
    {
        await using var site = await ImageSite.StartAsync(("small.jpg", TestImages.RedAndBlueJpeg(800, 600), null));
        var small = site.Shown[0];

        var preset = TestImages.Decode(await (await site.GetAsync($"/media/{small.Id}/small.jpg?preset=w1920")).Content.ReadAsByteArrayAsync());
        var signed = TestImages.Decode(await (await site.GetAsync(site.Urls.SignedPath(small, new VariantSpec(2000, null, ImageFit.Max, null, null)))).Content.ReadAsByteArrayAsync());
        // A box larger than the original shrinks to fit it, keeping the box's proportions.
        var crop = TestImages.Decode(await (await site.GetAsync(site.Urls.SignedPath(small, new VariantSpec(1200, 1200, ImageFit.Crop, null, null)))).Content.ReadAsByteArrayAsync());
        var pad = TestImages.Decode(await (await site.GetAsync(site.Urls.SignedPath(small, new VariantSpec(1600, 800, ImageFit.Pad, null, null)))).Content.ReadAsByteArrayAsync());

        Assert.Equal((800, 600), (preset.Width, preset.Height));
        Assert.Equal((800, 600), (signed.Width, signed.Height));
        Assert.Equal((600, 600), (crop.Width, crop.Height));
        Assert.Equal((1200, 600), (pad.Width, pad.Height));
    }

    [Fact]
    public async Task Crop_KeepsTheSideOfTheFocalPoint()
    {
        await using var site = await ImageSite.StartAsync(
            ("left.jpg", TestImages.RedAndBlueJpeg(1600, 900), new FocalPoint(0.1, 0.5)),
            ("right.jpg", TestImages.RedAndBlueJpeg(1600, 900), new FocalPoint(0.9, 0.5)),
            ("centre.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));

        async Task<byte[]> SquareOf(MediaItem media) => await (await site.GetAsync($"/media/{media.Id}/{media.File}?preset=square")).Content.ReadAsByteArrayAsync();
        var left = await SquareOf(site.Shown[0]);
        var right = await SquareOf(site.Shown[1]);
        var centre = await SquareOf(site.Shown[2]);

        var (width, height, _, _) = TestImages.Decode(left);
        Assert.Equal((480, 480), (width, height));
        // Scaled to 853×480, the crop is pushed against the edge of the focal point's side: 427 of its 480 columns are that side's colour.
        Assert.All([10, 240, 400], x => Assert.True(TestImages.Near(TestImages.ColourAt(left, x, 240), TestImages.Red)));
        Assert.True(TestImages.Near(TestImages.ColourAt(left, 470, 240), TestImages.Blue));
        Assert.All([80, 240, 470], x => Assert.True(TestImages.Near(TestImages.ColourAt(right, x, 240), TestImages.Blue)));
        Assert.True(TestImages.Near(TestImages.ColourAt(right, 10, 240), TestImages.Red));
        // Without a focal point, the middle: half of each.
        Assert.True(TestImages.Near(TestImages.ColourAt(centre, 10, 240), TestImages.Red));
        Assert.True(TestImages.Near(TestImages.ColourAt(centre, 470, 240), TestImages.Blue));
    }

    [Fact]
    public async Task Pad_FitsTheImageInTheBox_OnWhite()
    {
        await using var site = await ImageSite.StartAsync(("wide.jpg", TestImages.RedAndBlueJpeg(1600, 800), null));
        var wide = site.Shown[0];

        var bytes = await (await site.GetAsync(site.Urls.SignedPath(wide, new VariantSpec(400, 400, ImageFit.Pad, ImageFormat.Png, null)))).Content.ReadAsByteArrayAsync();

        Assert.Equal((400, 400, "png", false), TestImages.Decode(bytes));
        Assert.True(TestImages.Near(TestImages.ColourAt(bytes, 200, 10), [255, 255, 255]));
        Assert.True(TestImages.Near(TestImages.ColourAt(bytes, 10, 200), TestImages.Red));
        Assert.True(TestImages.Near(TestImages.ColourAt(bytes, 390, 200), TestImages.Blue));
    }

    [Fact]
    public async Task ExifOrientation_IsApplied_AndMetadataLeftOut()
    {
        await using var site = await ImageSite.StartAsync(("turned.jpg", TestImages.TurnedJpeg(1200, 800), null));
        var turned = site.Shown[0];
        Assert.True(TestImages.Decode(TestImages.TurnedJpeg(1200, 800)).HasExif);

        var bytes = await (await site.GetAsync($"/media/{turned.Id}/turned.jpg?preset=w320")).Content.ReadAsByteArrayAsync();

        // Shown upright it is 800 wide and 1200 high.
        Assert.Equal((320, 480, "jpeg", false), TestImages.Decode(bytes));
    }

    [Fact]
    public async Task AVariantNotAPreset_NeedsTheSignatureTheSiteGaveIt()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));
        var hall = site.Shown[0];
        var signed = site.Urls.SignedPath(hall, new VariantSpec(500, null, ImageFit.Max, null, null));
        var signature = signed[(signed.IndexOf("&sig=", StringComparison.Ordinal) + 5)..];

        var good = await site.GetAsync(signed);
        var unsigned = await site.GetAsync($"/media/{hall.Id}/hall.jpg?w=500");
        var otherWidth = await site.GetAsync($"/media/{hall.Id}/hall.jpg?w=501&sig={signature}");
        var otherImage = await site.GetAsync($"/media/{site.Draft.Id}/draft.jpg?w=500&sig={signature}");
        var forged = await site.GetAsync($"/media/{hall.Id}/hall.jpg?w=500&sig={(signature[0] == 'A' ? 'B' : 'A')}{signature[1..]}");
        var garbled = await site.GetAsync($"/media/{hall.Id}/hall.jpg?w=500&sig=not*base64");

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(500, TestImages.Decode(await good.Content.ReadAsByteArrayAsync()).Width);
        Assert.Contains("signature", await ProblemAsync(unsigned, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Contains("does not match", await ProblemAsync(otherWidth, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Contains("does not match", await ProblemAsync(forged, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        Assert.Contains("does not match", await ProblemAsync(garbled, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        // The draft's image is not public, signature or not.
        Assert.Equal(HttpStatusCode.NotFound, otherImage.StatusCode);
    }

    [Theory]
    [InlineData("w=0", "from 1 to 2560")]
    [InlineData("w=2561&sig=x", "from 1 to 2560")]
    [InlineData("w=-5", "whole number")]
    [InlineData("w=12abc", "whole number")]
    [InlineData("h=99999999999999", "whole number")]
    [InlineData("w=100&crop=zoom", "crop must be")]
    [InlineData("w=100&crop=pad", "needs both w and h")]
    [InlineData("fmt=bmp", "fmt must be")]
    [InlineData("q=0", "from 1 to 100")]
    [InlineData("fmt=png&q=80", "does not apply to png")]
    [InlineData("preset=huge", "no preset")]
    [InlineData("preset=w640&w=100", "takes no")]
    [InlineData("preset=w640&fmt=gif", "fmt must be")]
    [InlineData("w=100&w=200", "once")]
    [InlineData("w=", "once, with a value")]
    [InlineData("sig=abc", "sig signs a variant")]
    public async Task BadParameters_AreRefusedWithTheReason(string query, string reason)
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(400, 300), null));
        var hall = site.Shown[0];

        var response = await site.GetAsync($"/media/{hall.Id}/hall.jpg?{query}");

        Assert.Contains(reason, await ProblemAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherParameters_SuchAsTracking_AreIgnored()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(400, 300), null));
        var hall = site.Shown[0];

        var original = await site.GetAsync($"/media/{hall.Id}/hall.jpg?utm_source=partner&fbclid=abc");
        var preset = await site.GetAsync($"/media/{hall.Id}/hall.jpg?preset=w320&fbclid=abc");

        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, preset.StatusCode);
        using var image = NetVips.Image.NewFromBuffer(await preset.Content.ReadAsByteArrayAsync());
        Assert.Equal(320, image.Width);
    }

    [Fact]
    public async Task MediaOfADraft_HasNoVariants()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(400, 300), null));

        var preset = await site.GetAsync($"/media/{site.Draft.Id}/draft.jpg?preset=w320");
        var signed = await site.GetAsync(site.Urls.SignedPath(site.Draft, new VariantSpec(200, null, ImageFit.Max, null, null)));

        Assert.Equal(HttpStatusCode.NotFound, preset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signed.StatusCode);
        Assert.Equal(0, site.Cache.Renders);
    }

    [Fact]
    public async Task APdf_HasNoVariants()
    {
        await using var site = await ImageSite.StartAsync(("full-text.pdf", ImportBatch.Pdf, null));
        var pdf = site.Shown[0];

        var response = await site.GetAsync($"/media/{pdf.Id}/full-text.pdf?preset=w320");

        Assert.Contains("not an image", await ProblemAsync(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync($"/media/{pdf.Id}/full-text.pdf")).StatusCode);
    }

    [Fact]
    public async Task AnOriginalThatDoesNotDecode_HasNoVariants_AndSaysSo()
    {
        var whole = TestImages.RedAndBlueJpeg(800, 600);
        await using var site = await ImageSite.StartAsync(("whole.jpg", whole, null));
        var truncated = site.Shown[0];
        // The stored file loses its second half after import, as a failing disk might leave it.
        File.WriteAllBytes(Path.Combine(site.Site.Folder, "media", truncated.Id.ToString(), "whole.jpg"), whole[..(whole.Length / 2)]);

        var response = await site.GetAsync($"/media/{truncated.Id}/whole.jpg?preset=w320");

        Assert.Contains("cannot be decoded", await ProblemAsync(response, HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    internal static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>();
    }
}
