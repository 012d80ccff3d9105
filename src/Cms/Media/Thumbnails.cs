using System.Collections.Concurrent;
using NetVips;

namespace Federation.Cms.Media;

/// <summary>
/// The back office's thumbnails: a 480-pixel WebP of each uploaded image, made once at upload with
/// libvips (shrink-on-load, EXIF orientation applied, metadata stripped). Making it also proves the
/// image decodes: a file that does not is refused.
/// </summary>
internal static class Thumbnails
{
    public const int Size = 480;

    static readonly ConcurrentDictionary<string, Lazy<string?>> Making = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes the thumbnail if it is missing (media imported from content-export has none), once even
    /// when several requests ask at the same time. Returns whether it exists now.
    /// </summary>
    public static bool Ensure(string source, string target)
    {
        if (File.Exists(target))
        {
            return true;
        }

        if (!File.Exists(source))
        {
            return false;
        }

        var made = Making.GetOrAdd(target, t => new Lazy<string?>(() =>
        {
            var partial = t + "." + Guid.NewGuid().ToString("N") + ".tmp";
            var problem = Create(source, partial);
            if (problem is null)
            {
                File.Move(partial, t, overwrite: true);
            }
            else
            {
                File.Delete(partial);
            }

            return problem;
        }));
        _ = made.Value;
        Making.TryRemove(target, out _);
        return File.Exists(target);
    }

    /// <summary>Writes the thumbnail of <paramref name="source"/> to <paramref name="target"/>; returns a problem in the editor's words if the image cannot be read.</summary>
    public static string? Create(string source, string target)
    {
        try
        {
            using var thumbnail = Image.Thumbnail(source, Size, height: Size, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
            using var output = File.Create(target);
            thumbnail.WebpsaveStream(output, q: 80, keep: Enums.ForeignKeep.None);
            return null;
        }
        catch (VipsException e)
        {
            return Unreadable(e);
        }
    }

    /// <summary>The problem, in the editor's words, of an image libvips cannot decode.</summary>
    public static string Unreadable(VipsException e) => $"图片无法读取，可能已损坏或不完整（{e.Message.Split('\n')[0].Trim()}）。";
}
