using System.Collections.Concurrent;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Lucene;

/// <summary>A new index folder being filled beside the live one; it becomes live only at <see cref="SwapAsync"/>.</summary>
internal sealed class LuceneBuild(LuceneEngine engine, LuceneIndex index, int threads) : IIndexBuild
{
    static readonly ConcurrentDictionary<string, byte> Building = new();

    readonly bool registered = Building.TryAdd(index.Path, 0);

    // The keys added so far: one added again (an item published while the build ran) replaces its document.
    readonly ConcurrentDictionary<string, byte> added = new(StringComparer.Ordinal);
    bool swapped;

    /// <summary>Whether a build in this process is writing <paramref name="folder"/>: the engine leaves it alone.</summary>
    public static bool IsBuilding(string folder) => Building.ContainsKey(folder);

    /// <summary>
    /// Adds the documents on <c>Search:BuildThreads</c> threads (all cores but one by default): the writer analyses each
    /// thread's documents into a segment of its own. A document new to this build is only added; one already in it
    /// is replaced, which costs a lookup of its key.
    /// </summary>
    public Task AddAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = threads };
        Parallel.ForEach(documents, parallel, document =>
        {
            if (added.TryAdd(document.Key, 0))
            {
                index.Writer.AddDocument(LuceneFields.ToLucene(document));
            }
            else
            {
                LuceneEngine.Write(index, [document]);
            }
        });
        return Task.CompletedTask;
    }

    public Task RemoveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        LuceneEngine.Delete(index, ids);
        return Task.CompletedTask;
    }

    public Task SwapAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Building.TryRemove(index.Path, out _);
        engine.SwapIn(index);
        swapped = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (registered)
        {
            Building.TryRemove(index.Path, out _);
        }

        if (!swapped)
        {
            index.Dispose();
            Directory.Delete(index.Path, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
