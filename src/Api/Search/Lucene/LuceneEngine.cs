using System.Globalization;
using Federation.Api.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// The default engine: a Lucene.NET index on this node's disk. <c>{IndexPath}/current</c> names the
/// live index folder; a rebuild writes a new folder beside it and swaps the name in one rename, so
/// searches see the old index or the new one, never a half-built one. Another process (the
/// <c>reindex</c> command) may swap it too: <see cref="FollowSwapAsync"/> picks that up.
/// </summary>
internal sealed partial class LuceneEngine : ISearchEngine, IDisposable
{
    const string CurrentFile = "current";
    const int MaxWindow = 10_000;
    static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);
    static readonly TimeSpan RetireWait = TimeSpan.FromSeconds(5);

    readonly string root;
    readonly int buildThreads;
    readonly ILogger<LuceneEngine> logger;
    readonly System.Threading.Lock writing = new();
    LuceneIndex? live;

    public LuceneEngine(IOptions<SearchOptions> options, IHostEnvironment environment, ILogger<LuceneEngine> logger)
    {
        root = Path.GetFullPath(options.Value.IndexPath, environment.ContentRootPath);
        buildThreads = options.Value.BuildThreads > 0 ? options.Value.BuildThreads : Math.Max(1, Environment.ProcessorCount - 1);
        this.logger = logger;
    }

    public string Name => "lucene";

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = LuceneQuery.For(request.TrimmedText, request.Culture);
        if (query is null)
        {
            return Task.FromResult(SearchResults.None);
        }

        var count = Math.Clamp(request.Count, 1, SearchRequest.MaxPageSize);
        var offset = Math.Clamp(request.Offset, 0, MaxWindow - count);
        return Task.FromResult(Read(SearchResults.None, searcher =>
        {
            var order = Order(request.Order);
            var rescoring = query.HasBonus && request.Order == SearchOrder.Relevance;
            var top = TopFieldCollector.Create(order, rescoring ? Math.Max(offset + count, PhraseBonus.Window) : offset + count, null,
                fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var faceting = new FacetingCollector(request, top);
            // Every order matches, counts and ranks without the phrase bonus; best match first, the best matches then
            // get it (PhraseBonus). Newest first, the score only orders items of the same moment, so none get it.
            searcher.Search(query.Matching, faceting);
            var ranked = top.GetTopDocs().ScoreDocs;
            var hits = (rescoring ? PhraseBonus.Rescore(searcher, query.Query, order, ranked) : ranked)
                .Skip(offset).Take(count)
                .Select(hit => ToHit(searcher.Doc(hit.Doc), hit.Score, query.Terms))
                .ToList();
            return new SearchResults(hits, faceting.Total, faceting.Facets());
        }));
    }

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(string text, string culture, int count, CancellationToken cancellationToken)
    {
        var query = LuceneSuggestQuery.For(text, culture);
        if (query is null)
        {
            return Task.FromResult<IReadOnlyList<Suggestion>>([]);
        }

        return Task.FromResult(Read<IReadOnlyList<Suggestion>>([], searcher =>
            [.. searcher.Search(query, null, Math.Clamp(count, 1, 20), Order(SearchOrder.Relevance)).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc))
                .Select(doc => new Suggestion(Guid.ParseExact(Stored(doc, LuceneFields.Id), "N"), LuceneFields.TypeOf(doc.GetField(LuceneFields.Type).GetInt32Value() ?? 0), Stored(doc, SearchFields.Title)))]));
    }

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken) => Change(index => Write(index, documents));

    public Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) => Change(index => Delete(index, ids));

    /// <summary>Changes the live index and makes the change searchable; with no live index yet, the build under way will catch up.</summary>
    Task Change(Action<LuceneIndex> change)
    {
        lock (writing)
        {
            if (live is { } index)
            {
                change(index);
                index.Publish();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string>?> ReadStampsAsync(CancellationToken cancellationToken)
    {
        lock (writing)
        {
            if (live is null && CurrentFolder() is { } folder)
            {
                live = TryOpen(folder);
                DeleteLeftovers();
            }

            return Task.FromResult(live is { } index ? index.Read(Stamps) : null);
        }
    }

    /// <summary>
    /// Opens the index another process swapped in, when <c>current</c> names a folder other than the
    /// live one. True when it did: the caller brings it up to date, since changes published during
    /// that build went to the old index.
    /// </summary>
    public Task<bool> FollowSwapAsync(CancellationToken cancellationToken)
    {
        lock (writing)
        {
            // The process that built it may still hold it for a moment after the swap; the next look takes it.
            if (CurrentFolder() is not { } folder || folder == live?.Path || LuceneIndex.IsLocked(folder) || TryOpen(folder) is not { } opened)
            {
                return Task.FromResult(false);
            }

            var old = live;
            Volatile.Write(ref live, opened);
            Retire(old);
            LogFollowed(folder);
            return Task.FromResult(true);
        }
    }

    public Task<IIndexBuild> BeginBuildAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(root);
        var folder = Path.Combine(root, $"index-{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..40]);
        return Task.FromResult<IIndexBuild>(new LuceneBuild(this, LuceneIndex.Create(folder), buildThreads));
    }

    /// <summary>Makes <paramref name="built"/> the live index: written to disk, named in <c>current</c> by one rename, then the old one dropped.</summary>
    internal void SwapIn(LuceneIndex built)
    {
        built.Publish();
        lock (writing)
        {
            var previous = CurrentFolder();
            var next = Path.Combine(root, CurrentFile + ".next");
            File.WriteAllText(next, Path.GetFileName(built.Path));
            File.Move(next, Path.Combine(root, CurrentFile), overwrite: true);
            var old = live;
            Volatile.Write(ref live, built);
            Retire(old);
            // Swapped by the reindex command: the site that serves from the previous folder drops it when it takes up this one; with none, it goes now.
            if (previous is not null && previous != old?.Path && System.IO.Directory.Exists(previous) && !LuceneIndex.IsLocked(previous))
            {
                DeleteFolder(previous);
            }
        }

        LogSwapped(built.Path);
    }

    internal static void Write(LuceneIndex index, IReadOnlyList<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            index.Writer.UpdateDocument(new Term(LuceneFields.Key, document.Key), LuceneFields.ToLucene(document));
        }
    }

    internal static void Delete(LuceneIndex index, IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count > 0)
        {
            index.Writer.DeleteDocuments([.. ids.Select(id => new Term(LuceneFields.Id, id.ToString("N")))]);
        }
    }

    T Read<T>(T none, Func<IndexSearcher, T> read)
    {
        // A swap may close the index between taking it and reading it; the next read takes the new one.
        for (var attempt = 0; ; attempt++)
        {
            if (Volatile.Read(ref live) is not { } index)
            {
                return none;
            }

            try
            {
                return index.Read(read);
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
            }
        }
    }

    static Sort Order(SearchOrder order)
    {
        var newest = new SortField(LuceneFields.Date, SortFieldType.INT64, reverse: true);
        return order == SearchOrder.Newest ? new Sort(newest, SortField.FIELD_SCORE) : new Sort(SortField.FIELD_SCORE, newest);
    }

    static SearchHit ToHit(global::Lucene.Net.Documents.Document doc, float score, IReadOnlySet<string> terms) => new(
        Guid.ParseExact(Stored(doc, LuceneFields.Id), "N"),
        LuceneFields.TypeOf(doc.GetField(LuceneFields.Type).GetInt32Value() ?? 0),
        float.IsNaN(score) ? 0 : score,
        PassageHighlighter.Highlight(field => field == SearchFields.Tags ? string.Join(" · ", doc.GetValues(field, CultureInfo.InvariantCulture)) : Stored(doc, field) ?? "", terms));

    static string Stored(global::Lucene.Net.Documents.Document doc, string field) => doc.Get(field, CultureInfo.InvariantCulture);

    static IReadOnlyDictionary<string, string> Stamps(IndexSearcher searcher)
    {
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new HashSet<string> { LuceneFields.Key, LuceneFields.Stamp };
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var alive = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (alive is null || alive.Get(doc))
                {
                    var stored = reader.Document(doc, fields);
                    stamps[Stored(stored, LuceneFields.Key)] = Stored(stored, LuceneFields.Stamp);
                }
            }
        }

        return stamps;
    }

    string? CurrentFolder()
    {
        var file = Path.Combine(root, CurrentFile);
        if (!File.Exists(file))
        {
            return null;
        }

        var name = File.ReadAllText(file).Trim();
        return name.Length == 0 || name.Contains('/') || name.Contains("..") ? null : Path.Combine(root, name);
    }

    LuceneIndex? TryOpen(string folder)
    {
        try
        {
            return LuceneIndex.OpenExisting(folder);
        }
        // A damaged index fails in many ways (checksums, truncated files, a lock another process holds); each means: rebuild it.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogUnusable(e, folder);
            return null;
        }
    }

    /// <summary>Closes an index no longer live and deletes its folder.</summary>
    void Retire(LuceneIndex? old)
    {
        if (old is null)
        {
            return;
        }

        // Searches that took the old index just before the swap finish on it, rather than failing when it closes and
        // starting again on the new one.
        old.WaitForReads(RetireWait);
        old.Dispose();
        DeleteFolder(old.Path);
    }

    /// <summary>
    /// Deletes index folders that are neither live nor being built: what a crashed build or a process
    /// that stopped before retiring its old index left. Only old ones, since another process (the
    /// <c>reindex</c> command) may be building one now.
    /// </summary>
    void DeleteLeftovers()
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(root, "index-*"))
        {
            if (folder != live?.Path && !LuceneBuild.IsBuilding(folder) && System.IO.Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow - LeftoverAge)
            {
                DeleteFolder(folder);
            }
        }
    }

    void DeleteFolder(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            LogNotDeleted(e, folder);
        }
    }

    public void Dispose()
    {
        lock (writing)
        {
            live?.Dispose();
            live = null;
        }
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "The search index in {Folder} cannot be used; it will be rebuilt")]
    partial void LogUnusable(Exception exception, string folder);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Search index {Folder} is now live")]
    partial void LogSwapped(string folder);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Search index {Folder}, built by another process, is now live here")]
    partial void LogFollowed(string folder);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Could not delete the old search index {Folder}")]
    partial void LogNotDeleted(Exception exception, string folder);
}
