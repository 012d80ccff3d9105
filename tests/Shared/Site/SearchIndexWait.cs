using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Tests.Site;

/// <summary>Waits for a started host's first search index, which it builds in the background.</summary>
public static class SearchIndexWait
{
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static void UntilBuilt(IServiceProvider services)
    {
        var search = services.GetRequiredService<ISiteSearch>();
        var deadline = DateTime.UtcNow + Limit;
        while (search.SearchAsync(new SearchRequest { Text = "federation" }).GetAwaiter().GetResult().State == SearchState.Building)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The search index was not built within {Limit.TotalSeconds} s.");
            }

            Thread.Sleep(20);
        }
    }
}
