using System.Buffers.Binary;
using System.Text;
using Federation.Cms.Content;
using Federation.Cms.Media;
using Federation.Cms.Tests.Support;
using Federation.Cms.Transfer;
using Federation.Cms.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Media;

/// <summary>Uploads are judged by their bytes and size; a refused file names its reason and leaves nothing behind.</summary>
public sealed class UploadTests
{
    static readonly Actor Writer = new("w1", "张撰稿", new HashSet<string> { CmsRoles.Writer });

    static byte[] Jpeg(int width, int height) => UploadSamples.Jpeg(width, height);

    static byte[] Png(int width, int height) => UploadSamples.Png(width, height);

    [Fact]
    public async Task GoodFiles_AreStoredWithTheirRealTypeAndSize_AndImagesGetAThumbnail()
    {
        await using var store = await TestStore.OpenAsync();
        var library = store.Services.GetRequiredService<MediaLibrary>();
        var files = store.Services.GetRequiredService<MediaFiles>();

        var results = await library.UploadAsync(Writer,
        [
            ("会场照片.JPG", new MemoryStream(Jpeg(1600, 900))),
            ("wrongly-named.jpg", new MemoryStream(Png(40, 30))),
            ("照片.png", new MemoryStream(Jpeg(64, 48))),
            ("标准全文.pdf", new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray())),
        ]);

        Assert.All(results, r => Assert.Null(r.Problem));
        var (photo, png, jpeg, pdf) = (results[0].Item!, results[1].Item!, results[2].Item!, results[3].Item!);
        Assert.Equal(("image/jpeg", 1600, 900, "会场照片.jpg"), (photo.ContentType, photo.Width, photo.Height, photo.File));
        Assert.EndsWith(".jpg", photo.File, StringComparison.Ordinal);
        Assert.Equal(("image/png", "wrongly-named.png"), (png.ContentType, png.File));
        Assert.Equal(("image/jpeg", "照片.jpg", 64, 48), (jpeg.ContentType, jpeg.File, jpeg.Width, jpeg.Height));
        Assert.Equal(("application/pdf", (int?)null), (pdf.ContentType, pdf.Width));
        using (var thumbnail = NetVips.Image.NewFromFile(files.ThumbnailOf(photo.Id)))
        {
            Assert.Equal((480, 270), (thumbnail.Width, thumbnail.Height));
        }

        Assert.False(File.Exists(files.ThumbnailOf(pdf.Id)));
        Assert.Equal(4, (await library.SearchAsync(Writer, new MediaQuery())).Total);
    }

    public static TheoryData<string, byte[], string> BadFiles()
    {
        var hugePng = Png(8, 8);
        BinaryPrimitives.WriteInt32BigEndian(hugePng.AsSpan(16), 30000);
        BinaryPrimitives.WriteInt32BigEndian(hugePng.AsSpan(20), 30000);
        var truncated = Jpeg(800, 600)[..600];
        // 320 KB of EXIF in five APP1 segments, each near the 64 KB a segment holds: past the 256 KB limit.
        var stuffed = UploadSamples.InsertJpegSegments(Jpeg(80, 60), 0xE1, [.. "Exif\0\0"u8, .. new byte[65_000]], count: 5);
        return new TheoryData<string, byte[], string>
        {
            { "animated.gif", UploadSamples.AnimatedGif(frames: 2), "不接受动图：这个 GIF 有 2 帧" },
            { "animated.webp", UploadSamples.AnimatedWebP(frames: 3), "不接受动图：这个 WEBP 有 3 帧" },
            { "animated.png", UploadSamples.AnimatedPng(frames: 4), "不接受动图：这个 PNG 有 4 帧" },
            { "exif.jpg", stuffed, "KB，超过了 256 KB 的上限。请在导出时去掉元数据" },
            { "not-a.pdf", "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Repeat((byte)'x', 4000)).ToArray(), "PDF 文件不完整或已损坏" },
            { "empty.png", [], "文件是空的" },
            { "bomb.png", hugePng, "30000×30000" },
            { "truncated.jpg", truncated, "无法读取" },
            { "logo.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "SVG" },
            { "notes.png", Encoding.UTF8.GetBytes("just some text pretending to be a picture"), "只接受 JPEG、PNG、GIF、WebP 图片和 PDF" },
            { "page.html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "只接受" },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFile_IsRefusedWithItsReason_AndNothingIsStored(string name, byte[] bytes, string reason)
    {
        await using var store = await TestStore.OpenAsync();
        var library = store.Services.GetRequiredService<MediaLibrary>();
        var files = store.Services.GetRequiredService<MediaFiles>();

        var result = (await library.UploadAsync(Writer, [(name, new MemoryStream(bytes))])).Single();

        Assert.Null(result.Item);
        Assert.Contains(reason, result.Problem, StringComparison.Ordinal);
        Assert.Equal(0, (await library.SearchAsync(Writer, new MediaQuery())).Total);
        Assert.Empty(Directory.Exists(files.Root) ? Directory.EnumerateFiles(files.Root, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task TooLargeAFile_IsRefusedBeforeItIsRead()
    {
        await using var store = await TestStore.OpenAsync();
        var limit = store.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MediaOptions>>().Value.MaxUploadBytes;

        var result = (await store.Services.GetRequiredService<MediaLibrary>().UploadAsync(Writer, [("big.pdf", new MemoryStream(new byte[limit + 10]))])).Single();

        Assert.Contains("超过了 20 MB 的上限", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_NeedsItsChineseAltText_AndAFocalPointInsideIt()
    {
        await using var store = await TestStore.OpenAsync();
        var library = store.Services.GetRequiredService<MediaLibrary>();
        var image = (await library.UploadAsync(Writer, [("photo.png", new MemoryStream(Png(100, 50)))])).Single().Item!;

        var withoutAlt = await library.DescribeAsync(Writer, image.Id, new Dictionary<string, MediaText> { ["en"] = new() { Alt = "Only English" } }, null, null);
        var outside = await library.DescribeAsync(Writer, image.Id, new Dictionary<string, MediaText> { ["zh-CN"] = new() { Alt = "会场" } }, null, new FocalPoint(1.5, 0.5));
        var saved = await library.DescribeAsync(Writer, image.Id,
            new Dictionary<string, MediaText> { ["zh-CN"] = new() { Alt = "会场全景", Caption = "年会" }, ["en"] = new() { Alt = "The hall" } }, "联合会秘书处", new FocalPoint(0.25, 0.75));
        var described = await library.FindAsync(Writer, image.Id);

        Assert.Equal(["zh-CN.alt"], withoutAlt.Select(p => p.Field));
        Assert.Equal(["focalPoint"], outside.Select(p => p.Field));
        Assert.Empty(saved);
        Assert.Equal(("会场全景", "年会", "The hall"), (described!.Cultures["zh-CN"].Alt, described.Cultures["zh-CN"].Caption, described.Cultures["en"].Alt));
        Assert.Equal((new FocalPoint(0.25, 0.75), "联合会秘书处"), (described.FocalPoint, described.Credit));
    }

    [Fact]
    public async Task MediaInUse_CannotBeDeleted_UnusedMediaCanByAnEditor()
    {
        await using var store = await TestStore.OpenAsync();
        var library = store.Services.GetRequiredService<MediaLibrary>();
        var used = (await library.UploadAsync(Writer, [("used.png", new MemoryStream(Png(20, 20)))])).Single().Item!;
        var spare = (await library.UploadAsync(Writer, [("spare.png", new MemoryStream(Png(20, 20)))])).Single().Item!;
        var news = Samples.News() with { Cover = used.Id };
        await store.Editor.SaveAsync(news, "editor");

        var editor = new Actor("e1", "李编辑", new HashSet<string> { CmsRoles.Editor });
        await Assert.ThrowsAsync<ForbiddenActionException>(() => library.DeleteAsync(Writer, spare.Id));
        var refused = await library.DeleteAsync(editor, used.Id);
        var deleted = await library.DeleteAsync(editor, spare.Id);

        Assert.Equal([news.Id], refused);
        Assert.Empty(deleted);
        Assert.NotNull(await library.FindAsync(Writer, used.Id));
        Assert.Null(await library.FindAsync(Writer, spare.Id));
    }
}
