using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Federation.Web.Media;

/// <summary>
/// The variants served lately, kept in memory up to <see cref="ImageOptions.MemoryCacheBytes"/> (those
/// used longest ago leave first), so that serving one opens and reads no file: on a busy node that
/// doubles the requests per second a variant is served at (docs/performance.md, Images). A copy is
/// never stale: what lies under a key never changes, since the key hashes the image's version and the
/// variant's parameters. Variants larger than <see cref="LargestKept"/> are read from disk each time.
/// </summary>
internal sealed class HotVariants : IDisposable
{
    /// <summary>The largest variant kept in memory: 1 MiB, more than a 1920-pixel-wide photo takes.</summary>
    public const int LargestKept = 1024 * 1024;

    readonly MemoryCache? memory;

    public HotVariants(IOptions<ImageOptions> options)
    {
        if (options.Value.MemoryCacheBytes > 0)
        {
            memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MemoryCacheBytes, CompactionPercentage = 0.25, TrackStatistics = true });
        }
    }

    /// <summary>A variant in memory, and when its file was last marked as used (the disk cache evicts by that).</summary>
    public sealed class Entry(byte[] bytes, DateTimeOffset touched)
    {
        public byte[] Bytes { get; } = bytes;

        public DateTimeOffset Touched { get; set; } = touched;
    }

    /// <summary>Whether variants are kept in memory at all.</summary>
    public bool Enabled => memory is not null;

    /// <summary>The bytes of variants in memory.</summary>
    public long Bytes => memory?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    /// <summary>The variant whose file is <paramref name="path"/>, if in memory.</summary>
    public Entry? Find(string path) => memory is not null && memory.TryGetValue(path, out Entry? entry) ? entry : null;

    /// <summary>Keeps <paramref name="bytes"/>, the content of <paramref name="path"/>, last marked as used at <paramref name="touched"/>.</summary>
    public void Keep(string path, byte[] bytes, DateTimeOffset touched)
    {
        if (memory is not null && bytes.Length <= LargestKept)
        {
            memory.Set(path, new Entry(bytes, touched), new MemoryCacheEntryOptions { Size = bytes.Length });
        }
    }

    /// <summary>Forgets the variant whose file was evicted, so that it is rendered again when asked for, as the disk cache promises.</summary>
    public void Forget(string path) => memory?.Remove(path);

    public void Dispose() => memory?.Dispose();
}
