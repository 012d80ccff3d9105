using Federation.Api.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Federation.Api;

/// <summary>Adds delivery of published content to machines and pages.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Adds the content delivery queries over the published snapshot.</summary>
    public static IHostApplicationBuilder AddFederationApi(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ContentDelivery>();
        builder.Services.AddSingleton<Search.ISiteSearch, Search.SnapshotSearch>();
        return builder;
    }
}
