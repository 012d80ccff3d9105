using Federation.Api.Calendar;
using Federation.Api.Delivery;
using Federation.Api.Feeds;
using Federation.Api.GraphQL;
using Federation.Api.Publishing;
using Federation.Api.Search;
using Federation.Api.Webhooks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Federation.Api;

/// <summary>Adds delivery of published content to machines and pages.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the content delivery queries over the published snapshot, and the feed and calendar
    /// links pages show. The host registers an <see cref="IPublicSite"/>: the feeds link to its pages.
    /// </summary>
    public static IHostApplicationBuilder AddFederationApi(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ContentDelivery>();
        // List pages and facet counts in HybridCache; the host gives it Redis as second level when several nodes serve.
        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<ListCache>();
        builder.Services.AddSingleton<Cms.Snapshot.IPublishedChangeObserver>(sp => sp.GetRequiredService<ListCache>());
        builder.AddFederationSearch();
        builder.Services.AddSingleton<FeedLinks>();
        builder.Services.AddSingleton<FeedBuilder>();
        builder.Services.AddSingleton<CalendarLinks>();
        builder.AddFederationGraphQL();
        builder.AddFederationWebhooks();
        return builder;
    }

    /// <summary>
    /// Maps the machine endpoints: section feeds at <c>/feeds/{type}.{atom|rss|json}</c> and forum
    /// calendar files at <c>/forums/{slug}/calendar.ics</c>, each also under the site's English prefix.
    /// </summary>
    public static IEndpointRouteBuilder MapFederationApi(this IEndpointRouteBuilder app)
    {
        // The routes follow the site's URLs, so the site must be known when they are mapped.
        var site = app.ServiceProvider.GetRequiredService<IPublicSite>();
        app.MapFeeds(site);
        app.MapForumCalendars(site, app.ServiceProvider.GetRequiredService<CalendarLinks>());
        app.MapFederationGraphQL();
        return app;
    }
}
