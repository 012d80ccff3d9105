using System.Collections.Concurrent;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Lucene;

/// <summary>A new index folder being filled beside the live one; it becomes live only at <see cref="SwapAsync"/>.</summary>
internal sealed class LuceneBuild(LuceneEngine engine, LuceneIndex index) : IIndexBuild
{
    static readonly ConcurrentDictionary<string, byte> Building = new();

    readonly bool registered = Building.TryAdd(index.Path, 0);
    bool swapped;

    /// <summary>Whether a build in this process is writing <paramref name="folder"/>: the engine leaves it alone.</summary>
    public static bool IsBuilding(string folder) => Building.ContainsKey(folder);

    public Task AddAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        LuceneEngine.Write(index, documents);
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
