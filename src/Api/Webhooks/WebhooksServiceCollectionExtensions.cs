using Federation.Cms.Partners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Api.Webhooks;

/// <summary>Adds the sending of partners' webhooks.</summary>
public static class WebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook bodies the Cms queues, the HTTP client that posts them and the worker that
    /// sends them on nodes that run schedules. The partner registry itself is the Cms's.
    /// </summary>
    public static IHostApplicationBuilder AddFederationWebhooks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebhookOptions>().BindConfiguration("Webhooks")
            .PostConfigure<IConfiguration>((options, configuration) => options.SiteOrigin = (options.SiteOrigin ?? DefaultOrigin(configuration)).TrimEnd('/'))
            .Validate(o => Uri.TryCreate(o.SiteOrigin, UriKind.Absolute, out var origin) && (origin.Scheme == Uri.UriSchemeHttps || origin.Scheme == Uri.UriSchemeHttp),
                "Webhooks:SiteOrigin must be an absolute http or https address, e.g. https://www.example.org")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.FirstRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay && o.GiveUpAfter > TimeSpan.Zero
                && o.PollInterval > TimeSpan.Zero && o.MaxConcurrentDeliveries > 0, "Webhooks: times must be positive, MaxRetryDelay at least FirstRetryDelay")
            .ValidateOnStart();
        services.AddSingleton<IWebhookPayloads, WebhookPayloads>();
        services.AddHttpClient(WebhookSender.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The sender's own timeout (on the host's TimeProvider) ends an attempt; redirects are answers, not detours; no cookies.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(10) });
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookWorker>());
        return builder;
    }

    /// <summary>The first address the host listens on (<c>Urls</c>) unless it is a wildcard, else the README's default.</summary>
    static string DefaultOrigin(IConfiguration configuration) =>
        (configuration["Urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host is not ("*" or "+" or "0.0.0.0" or "[::]"))
        ?? "http://localhost:5000";
}
