using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Federation.Cms.Media;
using Federation.Cms.Transfer;
using Microsoft.Extensions.Options;
using NetVips;

namespace Federation.Web.Media;

/// <summary>A variant ready to serve: its bytes from memory, or its file open for reading.</summary>
/// <param name="Bytes">Its content, when kept in memory (<see cref="HotVariants"/>).</param>
/// <param name="File">Otherwise its file, open: the cache may delete the file meanwhile without harm to this reader.</param>
/// <param name="ETag">Its entity tag: the same variant of the same version of an image always has the same one.</param>
/// <param name="Format">Its format.</param>
internal sealed record OpenVariant(byte[]? Bytes, FileStream? File, string ETag, ImageFormat Format);

/// <summary>
/// Variants kept on disk under the media folder (<c>variants/{media id}/{key}.{ext}</c>, the key a hash
/// of the image's version and the variant's canonical parameters), so each is rendered once and then
/// served as a file. Requests for a variant being rendered wait for that render rather than starting
/// another; renders beyond <see cref="ImageOptions.MaxConcurrentRenders"/> wait their turn. Past
/// <see cref="ImageOptions.CacheMaxBytes"/>, the variants used longest ago are deleted. Those served
/// lately are also kept in memory (<see cref="HotVariants"/>).
/// </summary>
internal sealed partial class VariantCache(MediaFiles files, HotVariants hot, IOptions<ImageOptions> options, TimeProvider time, ILogger<VariantCache> logger) : IDisposable
{
    // A variant's last use is its file's modification time, moved on when it is served at most this
    // often, so a busy variant costs no write per request.
    static readonly TimeSpan TouchInterval = TimeSpan.FromHours(1);

    // Variants this young are never evicted: they may be on their way to the reader who asked for them.
    static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    // What a render that died (a killed process) left behind is deleted when this old.
    static readonly TimeSpan StalePartial = TimeSpan.FromHours(1);

    readonly ConcurrentDictionary<string, Lazy<Task<bool>>> rendering = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, bool> alphaOf = new(StringComparer.Ordinal);
    readonly SemaphoreSlim turns = new(options.Value.MaxConcurrentRenders);
    readonly Lock usage = new();
    long? cachedBytes;
    bool trimming;
    int renders;

    /// <summary>The folder variants are kept in.</summary>
    public string Folder { get; } = Path.Combine(files.Root, "variants");

    /// <summary>How many variants this node has rendered since it started.</summary>
    public int Renders => Volatile.Read(ref renders);

    /// <summary>The latest eviction started after a render, for tests to wait on.</summary>
    public Task Trimmed { get; private set; } = Task.CompletedTask;

    /// <summary>Whether the image has an alpha channel, read once per version of an image (a JPEG never has one).</summary>
    public bool HasAlpha(MediaItem media) => media.ContentType != "image/jpeg" && alphaOf.GetOrAdd($"{media.Id:N}/{VariantUrls.Version(media)}", _ =>
    {
        try
        {
            return VariantRenderer.Inspect(files.PathOf(media.Id, media.File)).HasAlpha;
        }
        catch (VipsException)
        {
            // The render will fail too, and say so.
            return false;
        }
    });

    /// <summary>
    /// The variant <paramref name="spec"/> (its format chosen) of <paramref name="media"/>, rendered now
    /// unless it is in memory or on disk already; null when the original is missing or cannot be decoded.
    /// </summary>
    public async Task<OpenVariant?> OpenAsync(MediaItem media, VariantSpec spec, CancellationToken cancellationToken)
    {
        var format = spec.Format ?? throw new ArgumentException("The format is chosen before the cache is asked.", nameof(spec));
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{VariantUrls.Version(media)}\n{spec.Canonical}")), 0, 16);
        var path = Path.Combine(Folder, media.Id.ToString("N"), key + VariantFormats.Extension(format));
        var etag = $"\"{key}\"";
        if (hot.Find(path) is { } kept)
        {
            var now = time.GetUtcNow();
            if (now - kept.Touched > TouchInterval)
            {
                Touch(path, now);
                kept.Touched = now;
            }

            return new OpenVariant(kept.Bytes, null, etag, format);
        }

        if (Open(path, touch: true) is { } cached)
        {
            return Serve(path, cached, etag, format);
        }

        var render = rendering.GetOrAdd(path, p => new Lazy<Task<bool>>(() => RenderAsync(media, spec, p)));
        // A reader who leaves stops waiting; the render goes on for the others and for the cache.
        return await render.Value.WaitAsync(cancellationToken) && Open(path, touch: false) is { } rendered
            ? Serve(path, rendered, etag, format)
            : null;
    }

    /// <summary>
    /// Deletes the variants used longest ago (apart from those of the last minute) until nine tenths of
    /// <paramref name="maxBytes"/> are left, if there are more than <paramref name="maxBytes"/>, and
    /// what dead renders left behind. Other nodes sharing the folder may trim it too.
    /// </summary>
    /// <returns>The bytes of variants left.</returns>
    public long Trim(long maxBytes)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var variants = new List<FileInfo>();
        var folder = new DirectoryInfo(Folder);
        foreach (var file in folder.Exists ? folder.EnumerateFiles("*", SearchOption.AllDirectories) : [])
        {
            if (file.Extension != ".tmp")
            {
                variants.Add(file);
            }
            else if (now - file.LastWriteTimeUtc > StalePartial)
            {
                Delete(file);
            }
        }

        var total = variants.Sum(f => f.Length);
        if (total <= maxBytes)
        {
            return total;
        }

        var evicted = 0;
        foreach (var file in variants.OrderBy(f => f.LastWriteTimeUtc))
        {
            if (total <= maxBytes / 10 * 9 || now - file.LastWriteTimeUtc < Grace)
            {
                break;
            }

            var length = file.Length;
            if (Delete(file))
            {
                hot.Forget(file.FullName);
                total -= length;
                evicted++;
            }
        }

        LogTrimmed(logger, evicted, total, maxBytes);
        return total;
    }

    public void Dispose() => turns.Dispose();

    async Task<bool> RenderAsync(MediaItem media, VariantSpec spec, string target)
    {
        await turns.WaitAsync();
        try
        {
            // Rendered while this request waited its turn: a render that finished just as this one was asked for.
            if (File.Exists(target))
            {
                return true;
            }

            // The original is looked for only now: a variant on disk or in memory is served without it.
            if (!File.Exists(files.PathOf(media.Id, media.File)))
            {
                return false;
            }

            var rendered = await Task.Run(() =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var partial = $"{target}.{Guid.NewGuid():N}.tmp";
                try
                {
                    Interlocked.Increment(ref renders);
                    VariantRenderer.Render(files.PathOf(media.Id, media.File), spec, spec.Format!.Value, media.FocalPoint, options.Value.MaxSide, partial);
                    File.Move(partial, target, overwrite: true);
                    return true;
                }
                catch (VipsException e)
                {
                    LogUndecodable(logger, media.Id, media.File, e.Message.Split('\n')[0].Trim());
                    return false;
                }
                finally
                {
                    File.Delete(partial);
                }
            });
            if (rendered)
            {
                Added(new FileInfo(target).Length);
            }

            return rendered;
        }
        finally
        {
            turns.Release();
            // The file is in place (or the render failed): later requests find the file, or try again.
            rendering.TryRemove(target, out _);
        }
    }

    // Counts a new variant's bytes, and trims in the background once the cache is over its size. The
    // first render after start counts what is on disk.
    void Added(long bytes)
    {
        var maxBytes = options.Value.CacheMaxBytes;
        lock (usage)
        {
            cachedBytes += bytes;
            if (trimming || cachedBytes <= maxBytes)
            {
                return;
            }

            trimming = true;
        }

        Trimmed = Task.Run(() =>
        {
            long? left = null;
            try
            {
                left = Trim(maxBytes);
            }
            catch (IOException e)
            {
                LogTrimFailed(logger, e);
            }
            finally
            {
                lock (usage)
                {
                    cachedBytes = left;
                    trimming = false;
                }
            }
        });
    }

    FileStream? Open(string path, bool touch)
    {
        FileStream stream;
        try
        {
            // FileShare.Delete: eviction may delete the file while it is read.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (touch && now - File.GetLastWriteTimeUtc(stream.SafeFileHandle) > TouchInterval)
        {
            try
            {
                File.SetLastWriteTimeUtc(stream.SafeFileHandle, now);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only its place in the eviction order is lost.
            }
        }

        return stream;
    }

    // A variant small enough to keep in memory is read whole and kept; a larger one is served from its file.
    OpenVariant Serve(string path, FileStream file, string etag, ImageFormat format)
    {
        if (!hot.Enabled || file.Length > HotVariants.LargestKept)
        {
            return new OpenVariant(null, file, etag, format);
        }

        using (file)
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            hot.Keep(path, bytes, File.GetLastWriteTimeUtc(file.SafeFileHandle));
            return new OpenVariant(bytes, null, etag, format);
        }
    }

    // Marks the file of a variant served from memory as used; gone (evicted by another node) or read-only, it only loses its place.
    static void Touch(string path, DateTimeOffset now)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, now.UtcDateTime);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only its place in the eviction order is lost.
        }
    }

    static bool Delete(FileInfo file)
    {
        try
        {
            file.Delete();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "Media {Id} ({File}) cannot be decoded, so it has no variants: {Problem}")]
    static partial void LogUndecodable(ILogger logger, Guid id, string file, string problem);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Information, Message = "Image variants over Images:CacheMaxBytes ({MaxBytes} bytes): evicted {Evicted} used longest ago, {Left} bytes left")]
    static partial void LogTrimmed(ILogger logger, int evicted, long left, long maxBytes);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Warning, Message = "Trimming the image variants failed; trying again after the next render")]
    static partial void LogTrimFailed(ILogger logger, Exception exception);
}
