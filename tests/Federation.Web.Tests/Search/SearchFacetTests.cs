using Federation.Api.Search.Engine;
using Federation.Api.Search.Lucene;
using Federation.Cms.Content;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Federation.Web.Tests.Search;

/// <summary>The counts beside the results: each facet with the other filters applied but not its own, as the index changes.</summary>
public sealed class SearchFacetTests : IAsyncLifetime
{
    readonly string folder = Directory.CreateTempSubdirectory("federation-search-facets-").FullName;
    LuceneEngine engine = null!;

    public async ValueTask InitializeAsync()
    {
        engine = new LuceneEngine(Options.Create(new SearchOptions { IndexPath = folder }), new HostingEnvironment { ContentRootPath = folder }, NullLogger<LuceneEngine>.Instance);
        await using var build = await engine.BeginBuildAsync(CancellationToken.None);
        await build.AddAsync(
        [
            Item(1, ContentType.News, 2023, "养老服务"),
            Item(2, ContentType.News, 2024, "养老服务", "长三角"),
            Item(3, ContentType.Standard, 2024, "长三角"),
            Item(4, ContentType.Forum, 2024),
        ], CancellationToken.None);
        await build.SwapAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync()
    {
        engine.Dispose();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Search_WithATag_CountsTypesAndYearsOfTheTagged_AndEveryTagOfTheRest()
    {
        var results = await engine.SearchAsync(new SearchRequest { Text = "服务", Tag = "长三角" }, CancellationToken.None);

        Assert.Equal(2, results.Total);
        Assert.Equal([new(ContentType.News, 1), new(ContentType.Standard, 1)], results.Facets.Types);
        Assert.Equal([new FacetCount<int>(2024, 2)], results.Facets.Years);
        Assert.Equal([new("养老服务", 2), new("长三角", 2)], results.Facets.Tags);
    }

    [Fact]
    public async Task Search_AfterAPublishChangedAnItemsTags_CountsItsNewTags()
    {
        await engine.IndexAsync([Item(1, ContentType.News, 2023, "城市更新")], CancellationToken.None);

        var results = await engine.SearchAsync(new SearchRequest { Text = "服务", Year = 2023 }, CancellationToken.None);

        Assert.Equal(1, results.Total);
        Assert.Equal([new("城市更新", 1)], results.Facets.Tags);
        Assert.Equal([new(2024, 3), new FacetCount<int>(2023, 1)], results.Facets.Years);
    }

    static SearchDocument Item(int n, ContentType type, int year, params string[] tags) => new()
    {
        Id = new Guid(n, 0, 0, new byte[8]),
        Culture = Cultures.Chinese,
        Type = type,
        Title = $"现代服务业第 {n} 条",
        Tags = tags,
        Date = new DateTimeOffset(year, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        Stamp = "test",
    };
}
