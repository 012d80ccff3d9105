using Federation.Cms.Hosting;
using Federation.Web.Caching;
using Federation.Web.Health;
using Federation.Web.Hosting;
using Federation.Web.Media;
using Federation.Web.Pages.Search;
using Federation.Web.ScaleOut;
using Federation.Web.Site;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.ResponseCompression;

namespace Federation.Web;

/// <summary>Adds and maps the public site, health and the host's plumbing.</summary>
internal static class SiteServiceCollectionExtensions
{
    /// <summary>Adds Razor Pages with English routes under <c>/en</c>, the site as the Api links to it, resized images, the output cache of public pages, and Redis for several nodes when it is configured.</summary>
    /// <param name="builder">The host.</param>
    /// <param name="roles">What this node serves: pages of the other roles are left unrouted, and only <c>cms</c> nodes run schedules.</param>
    public static IHostApplicationBuilder AddFederationSite(this IHostApplicationBuilder builder, NodeRoles roles = NodeRoles.All)
    {
        builder.Services.Configure<RouteOptions>(o => o.ConstraintMap["section"] = typeof(SiteSection.RouteConstraint));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.Add(new EnglishRouteConvention());
            o.Conventions.Add(new NodeRoleRouteConvention(roles));
        });
        builder.Services.Configure<Cms.Hosting.ContentOptions>(o => o.RunSchedules &= roles.HasFlag(NodeRoles.Cms));
        builder.AddFederationImages();
        builder.Services.AddSingleton<PublicSite>();
        builder.Services.AddSingleton<Api.Publishing.IPublicSite>(sp => sp.GetRequiredService<PublicSite>());
        builder.Services.AddSingleton<Cms.Preview.IPublicAddresses>(sp => sp.GetRequiredService<PublicSite>());
        // Chinese pages stay readable and small: Razor writes CJK as is instead of &#x...; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // Pages, styles, feeds and sitemaps go out compressed (Brotli, else gzip): a page with its CSS
        // and JS stays far under 100 KB on the wire. Not over HTTPS: TLS ends at the reverse proxy,
        // which compresses there, and compressing secrets beside reader input invites BREACH.
        builder.Services.AddResponseCompression(o => o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
            ["application/atom+xml", "application/rss+xml", "application/feed+json", "text/calendar", "image/svg+xml"]));
        // Redis, when configured: the shared output cache, outbox signals between nodes, data-protection keys.
        builder.AddFederationScaleOut();
        builder.AddFederationCaching();
        return builder;
    }

    /// <summary>Maps the public site: error pages that never show a stack trace, static files, health and pages.</summary>
    public static WebApplication MapFederationSite(this WebApplication app, NodeRoles roles = NodeRoles.All)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseMethodGuard();
        // Outside compression: the cache keeps each page compressed once per encoding instead of compressing it at every request.
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSiteCulture();
        // Plain static files: MapStaticAssets serves its pre-compressed variants from obj/ only in
        // Development or after publish, and an unpublished build in Production answered gzip requests empty.
        app.UseStaticFiles();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        if (roles.HasFlag(NodeRoles.Site))
        {
            app.MapRead("/robots.txt", Seo.RobotsEndpoint.Get);
            app.MapRead("/sitemap.xml", Seo.SitemapEndpoint.WriteAsync);
            app.MapRead("/media/{id:guid}/{file}", Media.MediaEndpoint.Get);
            app.MapSearchSuggestions();
        }

        app.MapRazorPages();
        return app;
    }
}
