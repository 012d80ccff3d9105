using Federation.Cms.Media;
using Federation.Cms.Tests.Support;
using Federation.Cms.Transfer;
using Federation.Cms.Users;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace Federation.Cms.Tests.Media;

/// <summary>Originals are served as uploaded, so they are stored upright and without what the camera wrote about where and how.</summary>
public sealed class SafeOriginalTests
{
    static readonly Actor Writer = new("w1", "张撰稿", new HashSet<string> { CmsRoles.Writer });

    [Fact]
    public async Task PhoneJpeg_IsStoredWithoutItsExifAndGps_KeepingItsSize()
    {
        var (item, stored) = await UploadAsync("现场.jpg", UploadSamples.PhoneJpeg(40, 20, orientation: 1));

        using var image = Image.NewFromBuffer(stored);
        Assert.Equal((40, 20), (item.Width, item.Height));
        Assert.Equal((40, 20), (image.Width, image.Height));
        Assert.DoesNotContain(image.GetFields(), f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "orientation");
        Assert.Equal(-1, stored.AsSpan().IndexOf("Federation Phone"u8));
        Assert.Equal(stored.LongLength, item.Size);
    }

    [Fact]
    public async Task JpegTurnedByItsExif_IsStoredUpright_AndRecordedAtTheSizeItShows()
    {
        // Orientation 6: viewers turn it a quarter clockwise, so its red left half shows on top.
        var (item, stored) = await UploadAsync("竖拍.jpg", UploadSamples.PhoneJpeg(40, 20, orientation: 6));

        using var image = Image.NewFromBuffer(stored);
        Assert.Equal((20, 40), (item.Width, item.Height));
        Assert.Equal((20, 40), (image.Width, image.Height));
        Assert.False(image.Contains("orientation"));
        var (top, bottom) = (image.Getpoint(10, 5), image.Getpoint(10, 34));
        Assert.True(top[0] > 150 && top[2] < 100, $"top is red, not {string.Join(",", top)}");
        Assert.True(bottom[2] > 150 && bottom[0] < 100, $"bottom is blue, not {string.Join(",", bottom)}");
    }

    [Fact]
    public async Task JpegWithAColourProfile_KeepsIt()
    {
        using var plain = (Image.Black(32, 32, bands: 3) + new double[] { 90, 160, 40 }).Cast(Enums.BandFormat.Uchar);
        using var profiled = plain.IccTransform("srgb", inputProfile: "srgb");
        var (_, stored) = await UploadAsync("profile.jpg", profiled.JpegsaveBuffer(q: 90));

        using var image = Image.NewFromBuffer(stored);
        Assert.True(image.Contains("icc-profile-data"));
        Assert.False(image.Contains("exif-data"));
    }

    [Fact]
    public async Task CleanPng_IsStoredByteForByte()
    {
        var png = UploadSamples.CleanPng(30, 20);

        var (item, stored) = await UploadAsync("clean.png", png);

        Assert.Equal(png, stored);
        Assert.Equal((30, 20), (item.Width, item.Height));
    }

    [Fact]
    public async Task PngWithText_IsStoredWithoutIt_AndOtherwiseUntouched()
    {
        var png = UploadSamples.CleanPng(30, 20);

        var (_, stored) = await UploadAsync("text.png", UploadSamples.InsertPngChunk(png, "tEXt", [.. "Comment\0Home: 12 Example Road"u8]));

        Assert.Equal(png, stored);
    }

    [Fact]
    public async Task GifWithAComment_IsStoredWithoutIt_AndOtherwiseUntouched()
    {
        using var still = (Image.Black(24, 16, bands: 3) + 120).Cast(Enums.BandFormat.Uchar);
        var gif = still.GifsaveBuffer();

        var (item, stored) = await UploadAsync("still.gif", UploadSamples.GifWithComment(gif, "taken at home"));

        Assert.Equal(gif, stored);
        Assert.Equal(("image/gif", 24, 16), (item.ContentType, item.Width, item.Height));
    }

    [Fact]
    public async Task LosslessWebPWithExif_IsStoredLosslesslyWithoutIt()
    {
        using var left = Image.Black(20, 20, bands: 3) + new double[] { 250, 0, 0 };
        using var picture = left.Join(Image.Black(20, 20, bands: 3) + new double[] { 0, 0, 250 }, Enums.Direction.Horizontal).Cast(Enums.BandFormat.Uchar);
        var webp = picture.WebpsaveBuffer(lossless: true);
        using (var sent = Image.NewFromBuffer(webp))
        {
            Assert.True(sent.Contains("exif-data"), "libvips writes EXIF by default: the test would prove nothing");
        }

        var (_, stored) = await UploadAsync("pixels.webp", webp);

        using var image = Image.NewFromBuffer(stored);
        Assert.False(image.Contains("exif-data"));
        using var difference = (image - picture).Abs();
        Assert.Equal(0, difference.Max());
    }

    static async Task<(MediaItem Item, byte[] Stored)> UploadAsync(string name, byte[] bytes)
    {
        await using var store = await TestStore.OpenAsync();
        var result = (await store.Services.GetRequiredService<MediaLibrary>().UploadAsync(Writer, [(name, new MemoryStream(bytes))])).Single();
        Assert.Null(result.Problem);
        var item = result.Item!;
        return (item, await File.ReadAllBytesAsync(store.Services.GetRequiredService<MediaFiles>().PathOf(item.Id, item.File), TestContext.Current.CancellationToken));
    }
}
