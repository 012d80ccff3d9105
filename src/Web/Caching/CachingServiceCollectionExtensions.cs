using Federation.Web.Redis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using StackExchange.Redis;

namespace Federation.Web.Caching;

/// <summary>
/// Adds the output cache of public pages: in process, or in Redis (falling back to in process) when
/// <c>ConnectionStrings:Redis</c> is set; with Redis, it is also the second level of HybridCache.
/// </summary>
internal static class CachingServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddFederationCaching(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<Cms.Snapshot.PublishedSnapshotStore>((o, snapshots) => o.AddBasePolicy(new SiteCachePolicy(snapshots)));
        services.AddSingleton<Cms.Snapshot.IPublishedChangeObserver, CachedPageEviction>();
        if (RedisConnection.Configured(builder.Configuration) is not null)
        {
            // The connection itself is registered by AddFederationScaleOut.
            services.AddSingleton<RedisOutputCacheStore>();
            // The in-process store AddOutputCache registered becomes the fallback inside the resilient one.
            var inProcess = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(inProcess);
            services.AddSingleton<IOutputCacheStore>(sp => ActivatorUtilities.CreateInstance<ResilientOutputCacheStore>(sp, Create(sp, inProcess)));
            // HybridCache's second level (list pages and facet counts, see Api/Delivery/ListCache), on the node's one connection.
            // It answers a miss at once while Redis is away, instead of HybridCache waiting on every read and write.
            services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((o, redis) =>
            {
                o.InstanceName = "federation:hybrid:";
                o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis.Multiplexer);
            });
            services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache, ResilientDistributedCache>();
        }

        return builder;
    }

    static IOutputCacheStore Create(IServiceProvider services, ServiceDescriptor descriptor) => (IOutputCacheStore)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
