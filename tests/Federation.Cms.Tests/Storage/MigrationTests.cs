using Federation.Cms.Content;
using Federation.Cms.Storage;
using Federation.Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Cms.Tests.Storage;

/// <summary>A store written before a migration keeps working after it.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task BackOfficeMigration_FillsTheListColumnsOfItemsSavedBeforeIt()
    {
        await using var store = await TestStore.OpenAsync();
        var factory = store.Services.GetRequiredService<ContentDbContextFactory>();
        var news = Samples.News(title: "迁移前保存的新闻");
        await using (var db = factory.Create())
        {
            // Back to the first schema, then an item as that schema stored it.
            await db.GetService<IMigrator>().MigrateAsync("20261123180152_InitialContentStore");
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO content_items ("Id", "Type", "Status", "LatestVersion", "ChineseSlug", "EnglishSlug") VALUES ({news.Id}, 'News', 'Draft', 1, 'annual-meeting', 'annual-meeting')
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO content_versions ("ItemId", "Number", "Document", "SavedAt", "SavedBy") VALUES ({news.Id}, 1, {ContentJson.Serialize(news)}, '2026-03-02 01:00:00+00:00', 'writer-a')
                """);
        }

        await factory.MigrateAsync(CancellationToken.None);

        await using var migrated = factory.Create();
        var item = await migrated.Items.SingleAsync(i => i.Id == news.Id);
        Assert.Equal("迁移前保存的新闻", item.ChineseTitle);
        Assert.Equal("Annual members' meeting", item.EnglishTitle);
        Assert.Equal("writer-a", item.UpdatedBy);
    }
}
