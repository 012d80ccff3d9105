using Federation.Api.Search.Elasticsearch;
using Federation.Api.Search.Engine;
using Federation.Api.Search.Indexing;
using Federation.Api.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Api.Search;

/// <summary>Adds site search with the engine <c>Search:Engine</c> names.</summary>
internal static class SearchServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddFederationSearch(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SearchOptions>().BindConfiguration("Search")
            .Validate(o => o.BuildThreads >= 0, "Search:BuildThreads must be 0 (all cores but one) or a number of threads, e.g. 2")
            .ValidateOnStart();
        var engine = builder.Configuration["Search:Engine"] ?? "lucene";
        // Part of every document's stamp: a change of analysis makes every document out of date, so the next start re-indexes all.
        string analysis;
        switch (engine.ToLowerInvariant())
        {
            case "lucene":
                services.AddSingleton<LuceneEngine>();
                services.AddSingleton<ISearchEngine>(sp => sp.GetRequiredService<LuceneEngine>());
                analysis = SiteAnalyzer.Version;
                break;
            case "elasticsearch":
                services.AddElasticsearchEngine();
                analysis = IndexDefinition.Version;
                break;
            default:
                throw new InvalidOperationException($"Search:Engine is \"{engine}\"; it must be \"lucene\" or \"elasticsearch\".");
        }

        services.AddSingleton<AttachmentText>();
        services.AddSingleton(sp => new SearchDocuments(sp.GetRequiredService<AttachmentText>(), analysis));
        // Registered before the page and GraphQL caches observe changes: they evict after the index has the change.
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<Cms.Snapshot.IPublishedChangeObserver>(sp => sp.GetRequiredService<SearchIndex>());
        services.AddHostedService<SearchIndexService>();
        services.AddSingleton<ISiteSearch, SiteSearch>();
        services.AddSingleton<Cms.Search.ISearchMaintenance, SearchMaintenance>();
        return builder;
    }
}
