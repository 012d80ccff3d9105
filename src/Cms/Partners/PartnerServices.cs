using Federation.Cms.Snapshot;
using Federation.Cms.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Cms.Partners;

/// <summary>Adds the partner registry: its lookups for the API, its administration, and the webhook queue.</summary>
internal static class PartnerServices
{
    public const string NoPayloads = "This host has no IWebhookPayloads to write webhook bodies: add the Api (AddFederationApi).";

    /// <summary>
    /// Registers <see cref="PartnerDirectory"/> and <see cref="WebhookDeliveries"/> (the Api's way in) and
    /// the back office's services. Webhooks are queued only in a host with an <see cref="IWebhookPayloads"/> (the Api adds one).
    /// Call after the content store's start-up is registered: the directory is loaded from the migrated store.
    /// </summary>
    public static IServiceCollection AddPartnerRegistry(this IServiceCollection services)
    {
        services.AddOptions<PartnerOptions>().BindConfiguration("Partners");
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton(sp => new PartnerDirectory(
            sp.GetRequiredService<ContentDbContextFactory>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PartnerDirectory>>()));
        services.AddHostedService<PartnerDirectoryRefresh>();
        services.AddSingleton(sp => new WebhookDeliveries(
            sp.GetRequiredService<ContentDbContextFactory>(), sp.GetRequiredService<SnapshotLoader>(), sp.GetService<IWebhookPayloads>(),
            sp.GetRequiredService<WebhookSecrets>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PartnerRegistry>();
        services.AddSingleton<WebhookRegistry>();
        services.AddSingleton<TrustedDocuments>();
        return services;
    }
}
