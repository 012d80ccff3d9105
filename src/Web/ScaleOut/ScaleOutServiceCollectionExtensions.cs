using Federation.Web.Redis;
using Microsoft.AspNetCore.DataProtection;

namespace Federation.Web.ScaleOut;

/// <summary>
/// What lets several nodes serve one site, when <c>ConnectionStrings:Redis</c> is set: one Redis
/// connection per node, outbox signals over pub/sub, the data-protection keys in Redis, so a
/// back-office sign-in and a preview link made on one node work on every node, and the API's
/// rate-limit counts, so a caller's limit holds across nodes.
/// </summary>
internal static class ScaleOutServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddFederationScaleOut(this IHostApplicationBuilder builder)
    {
        if (RedisConnection.Configured(builder.Configuration) is not { } configured)
        {
            return builder;
        }

        var redis = new RedisConnection(configured);
        var services = builder.Services;
        services.AddSingleton(redis);
        services.AddSingleton<RedisAvailability>();
        services.AddSingleton<Cms.Outbox.IOutboxSignal, RedisOutboxSignal>();
        services.AddHostedService<RedisOutboxSubscription>();
        services.AddSingleton<Api.GraphQL.RateLimits.ICostCounter, RedisCostCounter>();
        services.AddDataProtection().SetApplicationName("Federation").PersistKeysToStackExchangeRedis(() => redis.Database, "federation:data-protection-keys");
        services.AddHealthChecks().AddCheck<Health.RedisHealthCheck>("redis");
        return builder;
    }
}
