using BenchmarkDotNet.Attributes;
using Federation.Benchmarks.Synthetic;
using Federation.Cms.Catalogue;
using Federation.Cms.Content;
using Federation.Cms.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Benchmarks.BackOffice;

/// <summary>
/// The back office's list of a type at 100,000 items of that type, as editors use it: the first
/// page newest first, by title, a status filter, a text filter, and the last page. The goal is
/// 300 ms of server time; see docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class CatalogueBenchmarks
{
    static readonly Actor Editor = new("bench", "benchmark", new HashSet<string> { CmsRoles.Editor });

    IHost host = null!;
    ItemCatalogue catalogue = null!;

    [Params(100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        host = SyntheticStore.OpenAsync(Items).GetAwaiter().GetResult();
        catalogue = host.Services.GetRequiredService<ItemCatalogue>();
    }

    [GlobalCleanup]
    public void Cleanup() => host.Dispose();

    [Benchmark(Baseline = true)]
    public Task<CataloguePage> NewestFirst() => catalogue.ListAsync(Editor, new CatalogueQuery { Type = ContentType.News });

    [Benchmark]
    public Task<CataloguePage> ByTitle() => catalogue.ListAsync(Editor, new CatalogueQuery { Type = ContentType.News, Sort = CatalogueSort.Title });

    [Benchmark]
    public Task<CataloguePage> DraftsOnly() => catalogue.ListAsync(Editor, new CatalogueQuery { Type = ContentType.News, Status = ContentStatus.Draft });

    [Benchmark]
    public Task<CataloguePage> TextFilter() => catalogue.ListAsync(Editor, new CatalogueQuery { Type = ContentType.News, Text = "第 099999 条" });

    [Benchmark]
    public Task<CataloguePage> LastPage() => catalogue.ListAsync(Editor, new CatalogueQuery { Type = ContentType.News, Page = 2000 });
}
