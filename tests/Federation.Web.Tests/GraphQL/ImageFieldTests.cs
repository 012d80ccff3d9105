using System.Net;
using Federation.Web.Tests.Images;

namespace Federation.Web.Tests.GraphQL;

/// <summary>
/// Image.url(width) and Image.srcset: links to variants at the widths asked for, rounded up to the
/// preset ladder (or the original's width) so no caller has arbitrary sizes rendered, which the site
/// then serves at those widths.
/// </summary>
public sealed class ImageFieldTests
{
    [Fact]
    public async Task UrlWithAWidth_IsTheNextWidthOfTheLadder_CappedAtTheOriginal()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(1000, 600), null));
        var hall = site.Shown[0];
        var client = new GraphQLClient(site.Client);

        var image = (await client.DataAsync("""
            { showcase(slug: "image-showcase") { images { original: url preset: url(width: 640) rounded: url(width: 500) wide: url(width: 5000) } } }
            """))["showcase"]!["images"]![0]!;

        Assert.Equal($"http://localhost/media/{hall.Id}/hall.jpg", image["original"]!.GetValue<string>());
        Assert.StartsWith($"http://localhost/media/{hall.Id}/hall.jpg?preset=w640&v=", image["preset"]!.GetValue<string>(), StringComparison.Ordinal);
        // 500 is not on the ladder: the next width up, a preset anyone may ask for.
        Assert.StartsWith($"http://localhost/media/{hall.Id}/hall.jpg?preset=w640&v=", image["rounded"]!.GetValue<string>(), StringComparison.Ordinal);
        // Wider than the original: the original's width, which no preset has, so signed.
        Assert.Contains("&sig=", image["wide"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(640, await WidthServedAsync(site, image["preset"]!.GetValue<string>()));
        Assert.Equal(640, await WidthServedAsync(site, image["rounded"]!.GetValue<string>()));
        Assert.Equal(1000, await WidthServedAsync(site, image["wide"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Srcset_HasTheLadderUpToTheOriginalsWidth_EachServedAtItsWidth()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(1000, 600), null));
        var client = new GraphQLClient(site.Client);

        var image = (await client.DataAsync("""
            { showcase(slug: "image-showcase") { images { srcset chosen: srcset(widths: [400, 200, 400, 3000]) } } }
            """))["showcase"]!["images"]![0]!;
        var ladder = Candidates(image["srcset"]!.GetValue<string>());
        var chosen = Candidates(image["chosen"]!.GetValue<string>());

        Assert.Equal([320, 640, 960, 1000], ladder.Select(c => c.Width));
        Assert.Equal([320, 640, 1000], chosen.Select(c => c.Width));
        foreach (var (url, width) in ladder.Concat(chosen))
        {
            Assert.Equal(width, await WidthServedAsync(site, url));
        }
    }

    [Fact]
    public async Task WidthsThatAreNoWidths_AreCodedErrors()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(400, 300), null));
        var client = new GraphQLClient(site.Client);

        var (_, zero) = await client.PostAsync("""{ showcase(slug: "image-showcase") { images { url(width: 0) } } }""");
        var (_, none) = await client.PostAsync("""{ showcase(slug: "image-showcase") { images { srcset(widths: []) } } }""");
        var (_, many) = await client.PostAsync("""{ showcase(slug: "image-showcase") { images { srcset(widths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) } } }""");

        Assert.All([zero, none, many], body => Assert.Equal("INVALID_WIDTH", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheWidthArguments_CostNothingMore()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(400, 300), null));
        var client = new GraphQLClient(site.Client);

        var (_, plain) = await client.PostAsync("""{ showcase(slug: "image-showcase") { images { url srcset } } }""");
        var (_, sized) = await client.PostAsync("""{ showcase(slug: "image-showcase") { images { url(width: 300) srcset(widths: [100, 200, 300]) } } }""");

        // showcase 1, images 1, and url and srcset 1 each per image of a showcase (counted as 5).
        Assert.Equal(1 + 1 + 5 + 5, plain["extensions"]!["cost"]!["requested"]!.GetValue<int>());
        Assert.Equal(1 + 1 + 5 + 5, sized["extensions"]!["cost"]!["requested"]!.GetValue<int>());
    }

    static IReadOnlyList<(string Url, int Width)> Candidates(string srcset) =>
        [.. srcset.Split(", ").Select(candidate => candidate.Split(' ')).Select(parts => (parts[0], int.Parse(parts[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture)))];

    static async Task<int> WidthServedAsync(ImageSite site, string url)
    {
        var response = await site.GetAsync(new Uri(url).PathAndQuery, "image/webp,*/*");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TestImages.Decode(await response.Content.ReadAsByteArrayAsync()).Width;
    }
}
