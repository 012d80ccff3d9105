using System.Net;
using AngleSharp.Dom;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Images;

/// <summary>The site's pages offer each image at the widths it needs (srcset and sizes), the cover first and the rest when scrolled to.</summary>
public sealed class PageImageTests
{
    [Fact]
    public async Task NewsCover_OffersTheLadderUpToTheOriginal_EachAnsweringAtItsWidth_AndLoadsFirst()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(1000, 500), null));

        var (response, page) = await Html.GetAsync(site.Client, "/news/image-news");
        var cover = page.QuerySelector("article figure img")!;
        var candidates = Candidates(cover);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([320, 640, 960, 1000], candidates.Select(c => c.Width));
        foreach (var (url, width) in candidates)
        {
            var image = await site.GetAsync(url, "image/webp,*/*");
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            var (decodedWidth, decodedHeight, format, _) = TestImages.Decode(await image.Content.ReadAsByteArrayAsync());
            Assert.Equal((width, width / 2, "webp"), (decodedWidth, decodedHeight, format));
        }

        Assert.Equal(candidates[^1].Url, cover.GetAttribute("src"));
        Assert.Equal("(min-width: 1082px) 1000px, calc(100vw - 82px)", cover.GetAttribute("sizes"));
        Assert.Equal(("1000", "500"), (cover.GetAttribute("width"), cover.GetAttribute("height")));
        Assert.Null(cover.GetAttribute("loading"));
        Assert.Equal("high", cover.GetAttribute("fetchpriority"));
    }

    [Fact]
    public async Task GalleryImages_LoadWhenScrolledTo_SizedToTheGridsColumns()
    {
        await using var site = await ImageSite.StartAsync(
            ("wide.jpg", TestImages.RedAndBlueJpeg(2400, 1200), null), ("small.jpg", TestImages.RedAndBlueJpeg(300, 200), null));

        var (_, page) = await Html.GetAsync(site.Client, "/brand/image-showcase");
        var images = page.QuerySelectorAll(".gallery figure img");

        Assert.Equal(2, images.Length);
        Assert.All(images, image =>
        {
            Assert.Equal("lazy", image.GetAttribute("loading"));
            Assert.Null(image.GetAttribute("fetchpriority"));
            Assert.StartsWith("(min-width: 1154px) 256px, (min-width: 1013px) calc((100vw - 133px) / 4),", image.GetAttribute("sizes"), StringComparison.Ordinal);
        });
        Assert.Equal([320, 640, 960, 1280, 1920], Candidates(images[0]).Select(c => c.Width));
        Assert.Equal([300], Candidates(images[1]).Select(c => c.Width));
        Assert.Contains("preset=w640", images[0].GetAttribute("src"), StringComparison.Ordinal);
    }

    static List<(string Url, int Width)> Candidates(IElement image) =>
        [.. image.GetAttribute("srcset")!.Split(", ").Select(candidate => candidate.Split(' ')).Select(parts => (parts[0], int.Parse(parts[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)))];
}
