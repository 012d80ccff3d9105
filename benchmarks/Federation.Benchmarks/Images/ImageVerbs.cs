using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Media;
using Federation.Web.Media;
using NetVips;

namespace Federation.Benchmarks.Images;

/// <summary>
/// The verbs of benchmarks/images.sh: <c>images-prepare</c> makes the photos and a content-export
/// folder whose published news shows the first as its cover; <c>images-render</c> renders them all
/// with the site's <see cref="VariantRenderer"/> and prints images per second. Never part of the product.
/// </summary>
internal static class ImageVerbs
{
    const int Side = 2560; // Images:MaxSide's default

    /// <summary>
    /// Writes <paramref name="count"/> photo-like JPEGs of 3000×2000 (quality 90) to <c>{folder}/photos</c>
    /// — detail at several scales, so that decoding and encoding work about as hard as on a photo
    /// — and to <c>{folder}/seed</c> a content-export folder with the first as a published news item's cover.
    /// Prints the cover's page.
    /// </summary>
    public static int Prepare(string folder, int count)
    {
        var photos = Directory.CreateDirectory(Path.Combine(folder, "photos")).FullName;
        for (var i = 1; i <= count; i++)
        {
            using var photo = Photo(3000, 2000, seed: i);
            photo.Jpegsave(Path.Combine(photos, $"photo-{i:00}.jpg"), q: 90, keep: Enums.ForeignKeep.None);
        }

        var seed = Path.Combine(folder, "seed");
        var first = Path.Combine(photos, "photo-01.jpg");
        var media = new MediaItem
        {
            Id = Guid.NewGuid(), File = "photo-01.jpg", ContentType = "image/jpeg", Size = new FileInfo(first).Length, Width = 3000, Height = 2000,
            Cultures = new Dictionary<string, MediaText> { [Cultures.Chinese] = new() { Alt = "基准测试图片" } },
        };
        Directory.CreateDirectory(Path.Combine(seed, "media", media.Id.ToString()));
        File.Copy(first, Path.Combine(seed, "media", media.Id.ToString(), media.File), overwrite: true);
        File.WriteAllText(Path.Combine(seed, "media", $"{media.Id}.json"), JsonSerializer.Serialize(media, ContentJson.Options), Encoding.UTF8);
        var news = new ContentDocument
        {
            Id = Guid.NewGuid(), Type = ContentType.News, Cover = media.Id, Fields = new NewsFields(),
            Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new NewsText { Title = "图片基准测试", Slug = "image-benchmark" } },
        };
        Directory.CreateDirectory(Path.Combine(seed, "news"));
        File.WriteAllText(Path.Combine(seed, "news", "image-benchmark.json"), ContentJson.Serialize(news, new ItemState(ContentStatus.Published, null, null, null)) + "\n", Encoding.UTF8);
        Console.WriteLine("/news/image-benchmark");
        return 0;
    }

    /// <summary>
    /// Renders every JPEG in <paramref name="photos"/> at <paramref name="width"/> wide, JPEG at
    /// <paramref name="quality"/>, <paramref name="parallel"/> at a time, <paramref name="rounds"/> times
    /// after one warm-up render; prints the best round's images per second. libvips' operation cache is
    /// off: otherwise a second round would find the first's thumbnails there, which the site never does
    /// (it renders a variant once and keeps the file).
    /// </summary>
    public static int Render(string photos, string output, int width, int quality, int parallel, int rounds)
    {
        NetVips.Cache.Max = 0;
        var sources = Directory.GetFiles(photos, "*.jpg").Order(StringComparer.Ordinal).ToArray();
        Directory.CreateDirectory(output);
        var spec = new VariantSpec(width, null, ImageFit.Max, ImageFormat.Jpeg, quality);
        string Target(string source) => Path.Combine(output, Path.GetFileName(source));
        VariantRenderer.Render(sources[0], spec, ImageFormat.Jpeg, null, Side, Target(sources[0]));

        var best = 0.0;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(sources, new ParallelOptions { MaxDegreeOfParallelism = parallel },
                source => VariantRenderer.Render(source, spec, ImageFormat.Jpeg, null, Side, Target(source)));
            best = Math.Max(best, sources.Length / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(best.ToString("0.00", CultureInfo.InvariantCulture));
        return 0;
    }

    // Noise at four scales, each enlarged smoothly and added up (broad fields of colour, texture, detail,
    // grain), like the fractal detail of foliage, cloud or crowds: neither flat nor pure noise.
    static Image Photo(int width, int height, int seed)
    {
        (int Scale, double Sigma)[] octaves = [(150, 60), (25, 28), (4, 14), (1, 4)];
        var bands = new Image[3];
        for (var b = 0; b < bands.Length; b++)
        {
            Image sum = Image.Black(width, height) + 128;
            foreach (var (scale, sigma) in octaves)
            {
                using var noise = Image.Gaussnoise((width / scale) + 2, (height / scale) + 2, sigma: sigma, mean: 0, seed: (seed * 100) + (b * 10) + scale);
                using var enlarged = scale == 1 ? noise.Copy() : noise.Resize(scale, kernel: Enums.Kernel.Cubic);
                using var cut = enlarged.Crop(0, 0, width, height);
                using var previous = sum;
                sum = previous + cut;
            }

            bands[b] = sum;
        }

        using var joined = bands[0].Bandjoin(bands[1..]);
        foreach (var band in bands)
        {
            band.Dispose();
        }

        using var srgb = joined.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.Cast(Enums.BandFormat.Uchar);
    }
}
