using Federation.Api.Search.Engine;
using Federation.Api.Search.Lucene;
using Federation.Cms.Content;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Federation.Api.Tests.Search.Lucene;

/// <summary>A Lucene engine on a folder of its own, filled with the documents a test writes.</summary>
internal sealed class TestIndex : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("federation-search-").FullName;

    /// <param name="buildThreads">How many threads its builds add on (<c>Search:BuildThreads</c>); 0 for the default.</param>
    public TestIndex(int buildThreads = 0)
    {
        this.buildThreads = buildThreads;
        Engine = Open();
    }

    readonly int buildThreads;

    readonly Dictionary<string, string> titles = [];

    public LuceneEngine Engine { get; private set; }

    /// <summary>The titles of the hits, in order, as written in the documents of <paramref name="culture"/>.</summary>
    public List<string> Titles(SearchResults found, string culture = Cultures.Chinese) =>
        [.. found.Hits.Select(h => titles[SearchDocument.KeyOf(h.Id, culture)])];

    /// <summary>Searches and gives the titles found, in order.</summary>
    public async Task<List<string>> TitlesAsync(string text, string culture = Cultures.Chinese, Func<SearchRequest, SearchRequest>? with = null) =>
        Titles(await SearchAsync(text, culture, with), culture);

    /// <summary>A second engine on the same folder, as another process (or the next start) would open it.</summary>
    public LuceneEngine Open() => new(
        Options.Create(new SearchOptions { IndexPath = Folder, BuildThreads = buildThreads }),
        new Environment { ContentRootPath = Folder },
        NullLogger<LuceneEngine>.Instance);

    /// <summary>Builds the index of <paramref name="documents"/> and makes it live.</summary>
    public async Task<TestIndex> WithAsync(params SearchDocument[] documents)
    {
        foreach (var document in documents)
        {
            titles[document.Key] = document.Title;
        }

        await using var build = await Engine.BeginBuildAsync(CancellationToken.None);
        await build.AddAsync(documents, CancellationToken.None);
        await build.SwapAsync(CancellationToken.None);
        return this;
    }

    public Task<SearchResults> SearchAsync(string text, string culture = Cultures.Chinese, Func<SearchRequest, SearchRequest>? with = null) =>
        Engine.SearchAsync((with ?? (r => r))(new SearchRequest { Text = text, Culture = culture }), CancellationToken.None);

    public static SearchDocument Document(
        string title, string summary = "", string body = "", string culture = Cultures.Chinese, ContentType type = ContentType.News,
        string[]? tags = null, string? code = null, DateTimeOffset? date = null, string attachment = "", Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        Culture = culture,
        Type = type,
        Title = title,
        Summary = summary,
        Body = body,
        Tags = tags ?? [],
        Code = code,
        Date = date,
        Attachment = attachment,
        Stamp = "test",
    };

    public void Dispose()
    {
        Engine.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
