using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Federation.Api.Search.Lucene;

/// <summary>
/// One index folder open for writing and for near-real-time search: a change is searchable as soon
/// as it is refreshed, without waiting for a commit to disk.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    static readonly Similarity Ranking = new BM25Similarity();

    readonly FSDirectory directory;

    // How many searches are reading this index now.
    int reading;

    LuceneIndex(string path, FSDirectory directory, IndexWriter writer)
    {
        Path = path;
        this.directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new RankingSearcherFactory());
    }

    /// <summary>The index's folder.</summary>
    public string Path { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>Creates a new, empty index in <paramref name="path"/>.</summary>
    public static LuceneIndex Create(string path) => Open(path, OpenMode.CREATE);

    /// <summary>
    /// Opens the index in <paramref name="path"/> after checking every file's checksum, so a damaged
    /// index is found now rather than by a reader's search. Throws when it is missing or damaged.
    /// </summary>
    public static LuceneIndex OpenExisting(string path)
    {
        var index = Open(path, OpenMode.APPEND);
        try
        {
            var searcher = index.Searchers.Acquire();
            try
            {
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }
            finally
            {
                index.Searchers.Release(searcher);
            }

            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>Whether a writer (in this process or another) holds the index in <paramref name="path"/>.</summary>
    public static bool IsLocked(string path)
    {
        using var directory = FSDirectory.Open(path);
        return IndexWriter.IsLocked(directory);
    }

    static LuceneIndex Open(string path, OpenMode mode)
    {
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, SiteAnalyzer.ForIndex)
            {
                OpenMode = mode,
                Similarity = Ranking,
                RAMBufferSizeMB = 48,
            };
            return new LuceneIndex(path, directory, new IndexWriter(directory, config));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="read"/> on the newest searcher, which stays open until it returns.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        Interlocked.Increment(ref reading);
        try
        {
            var searcher = Searchers.Acquire();
            try
            {
                return read(searcher);
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
        finally
        {
            Interlocked.Decrement(ref reading);
        }
    }

    /// <summary>Waits until no <see cref="Read"/> runs on this index, or <paramref name="timeout"/> passes: before it is closed.</summary>
    public void WaitForReads(TimeSpan timeout) => SpinWait.SpinUntil(() => Volatile.Read(ref reading) == 0, timeout);

    /// <summary>Makes the writes so far searchable and durable.</summary>
    public void Publish()
    {
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    public void Dispose()
    {
        Searchers.Dispose();

        // Merges under way are left (what they wrote is deleted); waiting for them held a core for seconds after a swap.
        Writer.Dispose(waitForMerges: false);
        directory.Dispose();
    }

    sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            // Each new segment's facet values are read here, when the writes are made searchable, rather than by the
            // first search to meet it; after a rebuild, before the new index goes live.
            // So are the dates searches sort by and the fields' norms, which Lucene loads on first use.
            foreach (var leaf in reader.Leaves)
            {
                SegmentFacets.Of(leaf.AtomicReader);
                leaf.AtomicReader.GetNumericDocValues(LuceneFields.Date);
                foreach (var (field, _) in LuceneFields.Searched)
                {
                    leaf.AtomicReader.GetNormValues(field);
                }
            }

            return new(reader) { Similarity = Ranking };
        }
    }
}
