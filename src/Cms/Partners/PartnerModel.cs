using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Partners;

/// <summary>The partner registry's tables in the content store.</summary>
internal static class PartnerModel
{
    public static void Map(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PartnerRecord>(partner =>
        {
            partner.ToTable("partners");
            partner.HasKey(p => p.Id);
            partner.Property(p => p.Name).HasMaxLength(PartnerRules.MaxNameLength);
            partner.Property(p => p.Contact).HasMaxLength(PartnerRules.MaxContactLength);
            partner.Property(p => p.Notes).HasMaxLength(PartnerRules.MaxNotesLength);
            partner.HasMany(p => p.Keys).WithOne().HasForeignKey(k => k.PartnerId).OnDelete(DeleteBehavior.Cascade);
            partner.HasMany(p => p.Webhooks).WithOne(w => w.Partner).HasForeignKey(w => w.PartnerId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("partner_api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Label).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(ApiKeys.PrefixLength);
            key.Property(k => k.Hash).HasMaxLength(32);
            key.Property(k => k.CreatedBy).HasMaxLength(256);
            key.Property(k => k.RevokedBy).HasMaxLength(256);
            key.HasIndex(k => k.Hash).IsUnique();
        });
        modelBuilder.Entity<WebhookRecord>(webhook =>
        {
            webhook.ToTable("webhooks");
            webhook.HasKey(w => w.Id);
            webhook.Property(w => w.Url).HasMaxLength(PartnerRules.MaxUrlLength);
            webhook.Property(w => w.ContentTypes).HasMaxLength(200);
            webhook.Property(w => w.ProtectedSecret).HasMaxLength(1000);
            webhook.Property(w => w.CreatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<WebhookDeliveryRecord>(delivery =>
        {
            delivery.ToTable("webhook_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.EventType).HasMaxLength(32);
            delivery.Property(d => d.ItemTitle).HasMaxLength(500);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.LastError).HasMaxLength(500);
            delivery.HasOne<WebhookRecord>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
            // The worker looks for what is due; the screen lists one webhook's deliveries newest first.
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
            delivery.HasIndex(d => new { d.WebhookId, d.CreatedAt });
            // Even if two nodes queued the same outbox event, the second insert fails: one delivery per event and webhook.
            delivery.HasIndex(d => new { d.WebhookId, d.OutboxEventId }).IsUnique();
        });
        modelBuilder.Entity<WebhookAttemptRecord>(attempt =>
        {
            attempt.ToTable("webhook_attempts");
            attempt.HasKey(a => a.Id);
            attempt.Property(a => a.Id).ValueGeneratedOnAdd();
            attempt.Property(a => a.Error).HasMaxLength(500);
            attempt.Property(a => a.ResponseExcerpt).HasMaxLength(WebhookDeliveries.MaxExcerptLength);
            attempt.HasOne<WebhookDeliveryRecord>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasIndex(a => new { a.DeliveryId, a.Number });
        });
        modelBuilder.Entity<WebhookCursorRecord>(cursor =>
        {
            cursor.ToTable("webhook_cursor");
            cursor.HasKey(c => c.Id);
            cursor.Property(c => c.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<TrustedDocumentRecord>(document =>
        {
            document.ToTable("trusted_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).HasMaxLength(TrustedDocumentIds.Length);
            document.Property(d => d.Name).HasMaxLength(PartnerRules.MaxNameLength);
            document.Property(d => d.AddedBy).HasMaxLength(256);
            document.HasOne<PartnerRecord>().WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.SetNull);
        });
    }
}
