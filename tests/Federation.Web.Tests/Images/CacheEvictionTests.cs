using System.Net;
using Federation.Web.Media;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Federation.Web.Tests.Images;

/// <summary>The variants on disk stay under Images:CacheMaxBytes: those used longest ago go first, however they were served.</summary>
public sealed class CacheEvictionTests
{
    [Fact]
    public async Task OverTheCap_TheVariantsUsedLongestAgoAreDeleted_ThoseServedLatelyKept()
    {
        // The files' times are set back by hand, which the copies in memory would not see: this is the disk cache alone.
        await using var site = await ImageSite.StartAsync(
            new Dictionary<string, string> { ["Images:MemoryCacheBytes"] = "0" }, ("hall.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));
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

    [Fact]
    public async Task AVariantServedFromMemory_StillMarksItsFileUsed_AndOnceEvictedIsRenderedAgain()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await ImageSite.StartAsync(
            new Dictionary<string, string>(), services => services.AddSingleton<TimeProvider>(clock), ("hall.jpg", TestImages.RedAndBlueJpeg(1600, 900), null));
        var path = VariantUrls.PresetPath(site.Shown[0], "w320");
        var file = await RenderAsync(site, path);
        var rendered = await (await site.GetAsync(path, "image/webp")).Content.ReadAsByteArrayAsync();

        // Two hours on, served from memory, its file is marked as used then: the disk cache keeps it.
        clock.Advance(TimeSpan.FromHours(2));
        var later = await (await site.GetAsync(path, "image/webp")).Content.ReadAsByteArrayAsync();
        Assert.Equal(rendered, later);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, File.GetLastWriteTimeUtc(file), TimeSpan.FromSeconds(1));
        Assert.True(site.Site.Services.GetRequiredService<HotVariants>().Bytes >= rendered.Length);

        // Two more hours unused, the trim evicts it from disk and memory; asked for again, it is rendered again.
        clock.Advance(TimeSpan.FromHours(2));
        site.Cache.Trim(maxBytes: 1);
        Assert.False(File.Exists(file));
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync(path, "image/webp")).StatusCode);
        Assert.Equal(2, site.Cache.Renders);
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
