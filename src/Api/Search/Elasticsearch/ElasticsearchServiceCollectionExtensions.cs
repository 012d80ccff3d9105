using System.Net.Http.Headers;
using Federation.Api.Search.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>Adds the Elasticsearch engine of site search.</summary>
internal static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ElasticsearchEngine"/> as the <see cref="ISearchEngine"/>, with the named
    /// HTTP client it speaks through (<see cref="ElasticsearchCluster.ClientName"/>) configured from
    /// <c>IOptions&lt;SearchOptions&gt;</c>: <c>Search:Elasticsearch:Url</c> as base address, the
    /// API key as <c>Authorization: ApiKey …</c>, <c>Search:Elasticsearch:Timeout</c> per request.
    /// The caller binds <see cref="SearchOptions"/> (section <c>Search</c>); this adds their
    /// Elasticsearch checks, run at start-up.
    /// </summary>
    public static IServiceCollection AddElasticsearchEngine(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SearchOptions>, ElasticsearchOptionsValidation>();
        services.AddHttpClient(ElasticsearchCluster.ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value.Elasticsearch;
                client.BaseAddress = WithTrailingSlash(options.Url!);
                client.Timeout = options.Timeout;
                if (!string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", options.ApiKey.Trim());
                }
            })
            // Requests go to one cluster only: a redirect is an answer, not a detour.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, ConnectTimeout = TimeSpan.FromSeconds(5) });
        services.AddSingleton<ElasticsearchCluster>();
        services.AddSingleton<ISearchEngine, ElasticsearchEngine>();
        return services;
    }

    /// <summary>The address with a final slash, so that request paths extend it (a cluster behind a proxy at <c>https://host/es/</c>).</summary>
    static Uri WithTrailingSlash(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}

/// <summary>Refuses at start-up what would make every search fail later: no cluster address, an alias Elasticsearch cannot name an index by.</summary>
internal sealed class ElasticsearchOptionsValidation : IValidateOptions<SearchOptions>
{
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        var cluster = options.Elasticsearch;
        var problems = new List<string>();
        if (cluster.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("Search:Elasticsearch:Url must be the cluster's absolute http or https address, e.g. https://search.example:9200");
        }

        // Index names: lower case, none of \ / * ? " < > | , # : or space, not starting with - _ +
        // (https://www.elastic.co/guide/en/elasticsearch/reference/8.15/indices-create-index.html#indices-create-api-path-params).
        // The timestamp a build adds takes 18 of the 255 bytes.
        if (cluster.Alias is not { Length: > 0 and <= 200 } alias || alias.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            || alias[0] is '-' or '_' or '+' or '.')
        {
            problems.Add("Search:Elasticsearch:Alias must be lower-case letters, digits, '-', '_' or '.', starting with a letter or digit, e.g. federation-content");
        }

        // Sent as a header value: base64 (or the id:key form) only, nothing that could end or split the header.
        if (cluster.ApiKey is { } key && !string.IsNullOrWhiteSpace(key) && key.Trim().Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '=' or '-' or '_' or ':')))
        {
            problems.Add("Search:Elasticsearch:ApiKey must be the key's encoded form as Elasticsearch gives it (base64)");
        }

        if (cluster.Timeout <= TimeSpan.Zero)
        {
            problems.Add("Search:Elasticsearch:Timeout must be positive, e.g. 00:00:10");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
