using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Partners;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Storage;

/// <summary>
/// The content store, with the back office's users, roles and audit log, and the partner registry. Each database provider
/// has its own subclass so each keeps its own migrations.
/// </summary>
internal abstract class ContentDbContext(DbContextOptions options) : IdentityDbContext<CmsUser, IdentityRole, string>(options)
{
    public DbSet<ContentItemRecord> Items => Set<ContentItemRecord>();

    public DbSet<ContentVersionRecord> Versions => Set<ContentVersionRecord>();

    public DbSet<OutboxEventRecord> OutboxEvents => Set<OutboxEventRecord>();

    public DbSet<MediaRecord> Media => Set<MediaRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<RedirectRecord> Redirects => Set<RedirectRecord>();

    public DbSet<PartnerRecord> Partners => Set<PartnerRecord>();

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    public DbSet<WebhookRecord> Webhooks => Set<WebhookRecord>();

    public DbSet<WebhookDeliveryRecord> WebhookDeliveries => Set<WebhookDeliveryRecord>();

    public DbSet<WebhookAttemptRecord> WebhookAttempts => Set<WebhookAttemptRecord>();

    public DbSet<WebhookCursorRecord> WebhookCursor => Set<WebhookCursorRecord>();

    public DbSet<TrustedDocumentRecord> TrustedDocuments => Set<TrustedDocumentRecord>();

    // PostgreSQL's timestamptz holds instants, not offsets: every timestamp is written in UTC and
    // read back in Shanghai time, the one offset the site and content-export use, on both providers.
    // SQLite keeps them as text in EF's own format; as UTC text they sort as the instants do, which
    // lets lists order and filter by date in the database (EF refuses DateTimeOffset there).
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteUtcTextConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ShanghaiTimestampConverter>();
        }
    }

    sealed class ShanghaiTimestampConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(), stored => ShanghaiTime.From(stored));

    sealed class SqliteUtcTextConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, string>(
        value => value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture),
        stored => ShanghaiTime.From(DateTimeOffset.Parse(stored, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None)));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        MapBackOffice(modelBuilder);
        PartnerModel.Map(modelBuilder);
        modelBuilder.Entity<ContentItemRecord>(item =>
        {
            item.ToTable("content_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Type).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.ChineseSlug).HasMaxLength(200);
            item.Property(i => i.EnglishSlug).HasMaxLength(200);
            item.Property(i => i.ChineseTitle).HasMaxLength(500);
            item.Property(i => i.EnglishTitle).HasMaxLength(500);
            item.Property(i => i.UpdatedBy).HasMaxLength(256);
            // The back office lists a type newest first, or by title, at 100,000 items.
            item.HasIndex(i => new { i.Type, i.UpdatedAt });
            item.HasIndex(i => new { i.Type, i.ChineseTitle });
            item.HasIndex(i => i.PublishAt);
            item.HasIndex(i => i.UnpublishAt);
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
            media.Property(m => m.File).HasMaxLength(260);
            media.Property(m => m.ContentType).HasMaxLength(100);
            media.Property(m => m.UploadedBy).HasMaxLength(256);
            media.HasIndex(m => m.UploadedAt);
        });
        modelBuilder.Entity<RedirectRecord>(redirect =>
        {
            redirect.ToTable("redirects");
            redirect.HasKey(r => r.Id);
            redirect.Property(r => r.Id).ValueGeneratedOnAdd();
            redirect.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
            redirect.Property(r => r.Culture).HasMaxLength(8);
            redirect.Property(r => r.Slug).HasMaxLength(200);
            redirect.Property(r => r.CreatedBy).HasMaxLength(256);
            redirect.HasIndex(r => new { r.Type, r.Culture, r.Slug }).IsUnique();
            redirect.HasIndex(r => r.ItemId);
        });
    }

    static void MapBackOffice(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CmsUser>(user =>
        {
            user.ToTable("cms_users");
            user.Property(u => u.DisplayName).HasMaxLength(100);
        });
        modelBuilder.Entity<IdentityRole>().ToTable("cms_roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("cms_user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("cms_user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("cms_user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("cms_user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("cms_role_claims");
        modelBuilder.Entity<AuditEntryRecord>(line =>
        {
            line.ToTable("audit_log");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedOnAdd();
            line.Property(l => l.Action).HasConversion<string>().HasMaxLength(32);
            line.Property(l => l.UserId).HasMaxLength(64);
            line.Property(l => l.Actor).HasMaxLength(256);
            line.Property(l => l.Detail).HasMaxLength(500);
            line.HasIndex(l => l.At);
            line.HasIndex(l => l.ItemId);
        });
    }
}

/// <summary>The store on SQLite, the embedded default.</summary>
internal sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);

/// <summary>The store on PostgreSQL, for several nodes.</summary>
internal sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options);
