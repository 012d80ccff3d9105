using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Federation.Benchmarks.Search;

/// <summary>What the live index in an engine's folder is made of: documents, segments and bytes on disk.</summary>
internal static class IndexShape
{
    public static string Of(string root)
    {
        var folder = Path.Combine(root, File.ReadAllText(Path.Combine(root, "current")).Trim());
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        return $"index: {reader.NumDocs} documents ({reader.NumDeletedDocs} deleted) in {reader.Leaves.Count} segments, {bytes >> 20} MB on disk";
    }
}
