using Federation.Cms.Content;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Storage;

/// <summary>The content store. Each database provider has its own subclass so each keeps its own migrations.</summary>
internal abstract class ContentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ContentItemRecord> Items => Set<ContentItemRecord>();

    public DbSet<ContentVersionRecord> Versions => Set<ContentVersionRecord>();

    public DbSet<OutboxEventRecord> OutboxEvents => Set<OutboxEventRecord>();

    public DbSet<MediaRecord> Media => Set<MediaRecord>();

    // PostgreSQL's timestamptz holds instants, not offsets: every timestamp is written in UTC and
    // read back in Shanghai time, the one offset the site and content-export use, on both providers.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ShanghaiTimestampConverter>();
    }

    sealed class ShanghaiTimestampConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(), stored => ShanghaiTime.From(stored));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItemRecord>(item =>
        {
            item.ToTable("content_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Type).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.ChineseSlug).HasMaxLength(200);
            item.Property(i => i.EnglishSlug).HasMaxLength(200);
            item.HasIndex(i => new { i.Type, i.ChineseSlug }).IsUnique();
            item.HasIndex(i => new { i.Type, i.EnglishSlug }).IsUnique();
            item.HasIndex(i => new { i.Type, i.Status });
            item.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ItemId);
        });
        modelBuilder.Entity<ContentVersionRecord>(version =>
        {
            version.ToTable("content_versions");
            version.HasKey(v => new { v.ItemId, v.Number });
            version.Property(v => v.SavedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<OutboxEventRecord>(outbox =>
        {
            outbox.ToTable("outbox_events");
            outbox.HasKey(e => e.Id);
            outbox.Property(e => e.Id).ValueGeneratedOnAdd();
            outbox.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<MediaRecord>(media =>
        {
            media.ToTable("media");
            media.HasKey(m => m.Id);
        });
    }
}

/// <summary>The store on SQLite, the embedded default.</summary>
internal sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);

/// <summary>The store on PostgreSQL, for several nodes.</summary>
internal sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options);
