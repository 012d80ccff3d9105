using System.Diagnostics;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Search;

/// <summary>The index follows what is published, survives restarts, and is rebuilt when it is missing or damaged.</summary>
public sealed class SearchIndexingTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("federation-search-site-").FullName;

    /// <summary>A site on this test's own store and index folder, so a second one can start where the first stopped.</summary>
    FederationSite Site() => FederationSite.With(new Dictionary<string, string>
    {
        ["ConnectionStrings:Content"] = $"Data Source={Path.Combine(folder, "content.db")}",
        ["Media:Root"] = Path.Combine(folder, "media"),
        ["Search:IndexPath"] = Path.Combine(folder, "search"),
    });

    static async Task<IReadOnlyList<string>> TitlesAsync(FederationSite site, string text, string culture = Cultures.Chinese)
    {
        var found = await site.Services.GetRequiredService<ISiteSearch>().SearchAsync(new SearchRequest { Text = text, Culture = culture });
        Assert.Equal(SearchState.Ready, found.State);
        return [.. found.Hits.Select(h => (h.Item.Text(culture) ?? h.Item.Document.ChineseText).Title)];
    }

    static async Task<TimeSpan?> FoundWithinAsync(FederationSite site, string text, string title, bool present, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if ((await TitlesAsync(site, text)).Contains(title) == present)
            {
                return clock.Elapsed;
            }

            await Task.Delay(10);
        }

        return null;
    }

    [Fact]
    public async Task APublishedItem_IsFoundWithinASecond_AndAnUnpublishedOneIsGoneWithinASecond()
    {
        await using var site = Site();
        Assert.Empty(await TitlesAsync(site, "鲸鱼观察"));

        var clock = Stopwatch.StartNew();
        var news = await site.PublishAsync(new NewsFields(), new NewsText { Title = "鲸鱼观察服务规范发布", Slug = "whale-watching" });
        var found = await FoundWithinAsync(site, "鲸鱼观察", "鲸鱼观察服务规范发布", present: true, TimeSpan.FromSeconds(1) - clock.Elapsed);

        clock.Restart();
        await site.UnpublishAsync(news.Id);
        var gone = await FoundWithinAsync(site, "鲸鱼观察", "鲸鱼观察服务规范发布", present: false, TimeSpan.FromSeconds(1) - clock.Elapsed);

        Assert.True(found is not null, "the published item was not found within 1 s");
        Assert.True(gone is not null, "the unpublished item was still found after 1 s");
    }

    [Fact]
    public async Task AnEditedItem_IsFoundByItsNewWords_AndNoLongerByItsOld()
    {
        await using var site = Site();
        var news = await site.PublishAsync(new NewsFields(), new NewsText { Title = "候鸟迁徙论坛", Slug = "birds" });

        await site.PublishAsync(news with { Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = new NewsText { Title = "湿地保护论坛", Slug = "birds" } } });

        Assert.Empty(await TitlesAsync(site, "候鸟"));
        Assert.Equal(["湿地保护论坛"], await TitlesAsync(site, "湿地保护"));
    }

    [Fact]
    public async Task AnItemWithoutEnglish_IsFoundInEnglishByItsChineseText()
    {
        await using var site = Site();
        await site.PublishAsync(new NewsFields(), new NewsText { Title = "海洋牧场论坛", Slug = "sea-ranch" });

        Assert.Equal(["海洋牧场论坛"], await TitlesAsync(site, "海洋牧场", Cultures.English));
    }

    [Fact]
    public async Task AStandardsPdf_IsSearchedToo_AndItsPassageShown()
    {
        await using var site = Site();
        using var batch = new ImportBatch();
        var pdf = batch.AddMedia("full-text.pdf", "application/pdf", ImportBatch.PdfSaying("Showroom staff greet every visitor within thirty seconds of arrival."));
        batch.AddItem(
            Publishing.Document(ContentType.Standard, new StandardFields { Code = "T/PDF 001-2026", FullText = pdf.Id }, new StandardText { Title = "展厅接待规范", Slug = "showroom-reception" }),
            ContentStatus.Published);
        await batch.ImportAsync(site);

        var found = await FoundWithinAsync(site, "greeting visitors", "展厅接待规范", present: true, TimeSpan.FromSeconds(5));
        var hit = (await site.Services.GetRequiredService<ISiteSearch>().SearchAsync(new SearchRequest { Text = "greeting visitors" })).Hits.Single();

        Assert.NotNull(found);
        var passage = Assert.Single(hit.Highlights);
        Assert.Equal(SearchFields.Attachment, passage.Field);
        Assert.Contains("greet every visitor", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADamagedIndex_IsRebuiltAtStartUp()
    {
        await using (var first = Site())
        {
            await first.PublishAsync(new NewsFields(), new NewsText { Title = "冰川旅游论坛", Slug = "glacier" });
        }

        var damaged = LiveIndexFolder();
        foreach (var file in Directory.EnumerateFiles(damaged).Where(f => Path.GetExtension(f) is ".cfs" or ".fdt" or ".si"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            bytes[bytes.Length / 2] ^= 0xFF;
            await File.WriteAllBytesAsync(file, bytes);
        }

        await using var second = Site();

        Assert.Equal(["冰川旅游论坛"], await TitlesAsync(second, "冰川"));
        Assert.NotEqual(damaged, LiveIndexFolder());
        Assert.False(Directory.Exists(damaged), "the damaged index was left on disk");
    }

    [Fact]
    public async Task AMissingIndex_IsRebuiltAtStartUp()
    {
        await using (var first = Site())
        {
            await first.PublishAsync(new NewsFields(), new NewsText { Title = "沙漠治理论坛", Slug = "desert" });
        }

        Directory.Delete(Path.Combine(folder, "search"), recursive: true);
        await using var second = Site();

        Assert.Equal(["沙漠治理论坛"], await TitlesAsync(second, "沙漠"));
    }

    [Fact]
    public async Task AnIndexLeftBehindByTheStore_IsBroughtUpToDateAtStartUp()
    {
        var copy = Path.Combine(folder, "copy");
        await using (var first = Site())
        {
            await first.PublishAsync(new NewsFields(), new NewsText { Title = "草原生态论坛", Slug = "grassland" });
        }

        CopyFolder(Path.Combine(folder, "search"), copy);
        await using (var second = Site())
        {
            var grassland = second.Services.GetRequiredService<Cms.Snapshot.PublishedSnapshotStore>().Current.Items.Single(i => i.Document.ChineseText.Title == "草原生态论坛");
            await second.UnpublishAsync(grassland.Id);
            await second.PublishAsync(new NewsFields(), new NewsText { Title = "森林防火论坛", Slug = "forest" });
        }

        // The index as it was before those changes, as after a restore from backup.
        Directory.Delete(Path.Combine(folder, "search"), recursive: true);
        CopyFolder(copy, Path.Combine(folder, "search"));
        var stale = LiveIndexFolder();
        await using var third = Site();

        Assert.Empty(await TitlesAsync(third, "草原"));
        Assert.Equal(["森林防火论坛"], await TitlesAsync(third, "森林防火"));
        Assert.Equal(stale, LiveIndexFolder());
    }

    string LiveIndexFolder() => Path.Combine(folder, "search", File.ReadAllText(Path.Combine(folder, "search", "current")).Trim());

    static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
