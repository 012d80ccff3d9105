using Federation.Cms.Catalogue;
using Federation.Cms.Editing;
using Federation.Cms.Hosting;
using Federation.Cms.Outbox;
using Federation.Cms.Partners;
using Federation.Cms.Publishing;
using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Federation.Cms.Transfer;
using Federation.Cms.Versions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Federation.Cms;

/// <summary>Adds the content core: store, editing, publishing, snapshot, import and export, the catalogue, the audit log and the partner registry.</summary>
public static class CmsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the CMS. The store is SQLite unless <c>ConnectionStrings:Content</c> is a PostgreSQL
    /// connection string; at start-up the schema is migrated, an empty store imports content-export,
    /// and the published snapshot is loaded before the first request.
    /// </summary>
    public static IHostApplicationBuilder AddFederationCms(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ContentOptions>().BindConfiguration("Content");
        services.AddOptions<MediaOptions>().BindConfiguration("Media");
        services.TryAddSingleton(TimeProvider.System);
        // Signs preview links (and, with the back office, its sign-in cookie). One application name, so every node reads the others' tokens once keys are shared.
        services.AddDataProtection().SetApplicationName("Federation");
        services.AddSingleton(ContentStoreConnection.Resolve(
            builder.Configuration.GetConnectionString("Content"), builder.Environment.ContentRootPath));
        services.AddSingleton<ContentDbContextFactory>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddSingleton<ContentEditor>();
        services.AddSingleton<PublishingService>();
        services.AddSingleton<VersionHistory>();
        services.AddSingleton<PublishedSnapshotStore>();
        services.AddSingleton<SnapshotLoader>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<MediaFiles>();
        services.AddSingleton<ImportReader>();
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ContentExporter>();
        services.AddSingleton<ContentArchives>();
        services.AddSingleton<ItemCatalogue>();
        services.AddSingleton<Audit.AuditLog>();
        services.AddSingleton<Workflow.EditorialWorkflow>();
        services.AddSingleton<Media.MediaLibrary>();
        services.AddSingleton<VersionComparison>();
        services.AddSingleton<Redirects.RedirectList>();
        services.AddSingleton<Preview.PreviewLinks>();
        services.AddSingleton<Preview.IPreviews>(sp => sp.GetRequiredService<Preview.PreviewLinks>());
        services.AddSingleton<Editing.Forms.ItemReferences>();
        services.AddSingleton<Editing.Forms.FormReader>();

        // Order matters: the snapshot is loaded before the dispatcher starts applying events.
        services.AddHostedService<ContentStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        // Partners' keys, origins and trusted documents for the API, their administration, and the webhook queue.
        services.AddPartnerRegistry();

        services.AddHealthChecks()
            .AddCheck<ContentStoreHealthCheck>("store")
            .AddCheck<SnapshotHealthCheck>("snapshot");
        return builder;
    }
}
