using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Federation.Cms.Media;
using Federation.Cms.Transfer;
using Microsoft.Extensions.Options;
using NetVips;

namespace Federation.Web.Media;

/// <summary>A variant on disk, ready to serve.</summary>
/// <param name="Path">Its file.</param>
/// <param name="ETag">Its entity tag: the same variant of the same version of an image always has the same one.</param>
/// <param name="Format">Its format.</param>
internal sealed record CachedVariant(string Path, string ETag, ImageFormat Format);

/// <summary>
/// Variants kept on disk under the media folder (<c>variants/{media id}/{key}.{ext}</c>, the key a hash
/// of the image's version and the variant's canonical parameters), so each is rendered once and then
/// served as a file. Requests for a variant being rendered wait for that render rather than starting
/// another; renders beyond <see cref="ImageOptions.MaxConcurrentRenders"/> wait their turn.
/// </summary>
internal sealed partial class VariantCache(MediaFiles files, IOptions<ImageOptions> options, ILogger<VariantCache> logger) : IDisposable
{
    readonly ConcurrentDictionary<string, Lazy<Task<bool>>> rendering = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, bool> alphaOf = new(StringComparer.Ordinal);
    readonly SemaphoreSlim turns = new(options.Value.MaxConcurrentRenders);
    int renders;

    /// <summary>The folder variants are kept in.</summary>
    public string Folder { get; } = Path.Combine(files.Root, "variants");

    /// <summary>How many variants this node has rendered since it started.</summary>
    public int Renders => Volatile.Read(ref renders);

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
    /// unless it is on disk already; null when the original cannot be decoded.
    /// </summary>
    public async Task<CachedVariant?> GetAsync(MediaItem media, VariantSpec spec, CancellationToken cancellationToken)
    {
        var format = spec.Format ?? throw new ArgumentException("The format is chosen before the cache is asked.", nameof(spec));
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{VariantUrls.Version(media)}\n{spec.Canonical}")), 0, 16);
        var variant = new CachedVariant(Path.Combine(Folder, media.Id.ToString("N"), key + VariantFormats.Extension(format)), $"\"{key}\"", format);
        if (File.Exists(variant.Path))
        {
            return variant;
        }

        var render = rendering.GetOrAdd(variant.Path, path => new Lazy<Task<bool>>(() => RenderAsync(media, spec, path)));
        // A reader who leaves stops waiting; the render goes on for the others and for the cache.
        return await render.Value.WaitAsync(cancellationToken) ? variant : null;
    }

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

            return await Task.Run(() =>
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
        }
        finally
        {
            turns.Release();
            // The file is in place (or the render failed): later requests find the file, or try again.
            rendering.TryRemove(target, out _);
        }
    }

    public void Dispose() => turns.Dispose();

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "Media {Id} ({File}) cannot be decoded, so it has no variants: {Problem}")]
    static partial void LogUndecodable(ILogger logger, Guid id, string file, string problem);
}
