using System.Net;
using Federation.Web.Media;

namespace Federation.Web.Tests.Images;

/// <summary>The variants on disk stay under Images:CacheMaxBytes: those used longest ago go first.</summary>
public sealed class CacheEvictionTests
{
    [Fact]
    public async Task OverTheCap_TheVariantsUsedLongestAgoAreDeleted_ThoseServedLatelyKept()
    {
        await using var site = await ImageSite.StartAsync(("hall.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));
        var hall = site.Shown[0];
        var presets = new[] { "w320", "w640", "w960", "card" };
        var files = new Dictionary<string, string>();
        foreach (var (preset, hoursAgo) in presets.Zip([4, 3, 2, 1]))
        {
            files[preset] = await RenderAsync(site, VariantUrls.PresetPath(hall, preset));
            File.SetLastWriteTimeUtc(files[preset], DateTime.UtcNow.AddHours(-hoursAgo));
        }

        // Served again: w320 becomes the one used last.
        await site.GetAsync(VariantUrls.PresetPath(hall, "w320"), "image/webp");
        var total = files.Values.Sum(f => new FileInfo(f).Length);
        var withoutW640 = total - new FileInfo(files["w640"]).Length;
        var left = site.Cache.Trim(maxBytes: (withoutW640 * 10 / 9) + 10);

        Assert.Equal(withoutW640, left);
        Assert.False(File.Exists(files["w640"]));
        Assert.True(File.Exists(files["w320"]) && File.Exists(files["w960"]) && File.Exists(files["card"]));
        Assert.Equal(4, site.Cache.Renders);
        // Asked for again, it is rendered again.
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync(VariantUrls.PresetPath(hall, "w640"), "image/webp")).StatusCode);
        Assert.Equal(5, site.Cache.Renders);
    }

    [Fact]
    public async Task ARenderThatTakesTheCacheOverItsCap_EvictsInTheBackground_ButNeverTheVariantsOfTheLastMinute()
    {
        await using var site = await ImageSite.StartAsync(
            new Dictionary<string, string> { ["Images:CacheMaxBytes"] = "100" }, ("hall.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));
        var hall = site.Shown[0];

        var old = await RenderAsync(site, VariantUrls.PresetPath(hall, "w320"));
        await site.Cache.Trimmed;
        Assert.True(File.Exists(old));
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));
        var recent = await RenderAsync(site, VariantUrls.PresetPath(hall, "w640"));
        await site.Cache.Trimmed;

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
    }

    // Asks for a variant not yet rendered and returns the file it was rendered to.
    static async Task<string> RenderAsync(ImageSite site, string path)
    {
        string[] Files() => Directory.Exists(site.Cache.Folder) ? Directory.GetFiles(site.Cache.Folder, "*", SearchOption.AllDirectories) : [];
        var before = Files();
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync(path, "image/webp")).StatusCode);
        return Assert.Single(Files().Except(before));
    }
}
