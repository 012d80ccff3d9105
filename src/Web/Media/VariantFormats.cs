using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Federation.Web.Media;

/// <summary>The formats of variants: which one a browser gets when it names none, and how each is served.</summary>
internal static class VariantFormats
{
    /// <summary>
    /// AVIF, else WebP, when <paramref name="accept"/> names it (browsers that decode them say so, while
    /// <c>*/*</c> promises nothing); else JPEG, or PNG for an image with transparency.
    /// </summary>
    public static ImageFormat Choose(StringValues accept, Func<bool> hasAlpha)
    {
        if (MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            bool Accepts(string type) => types.Any(t => t.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase) && (t.Quality ?? 1) > 0);
            if (Accepts("image/avif"))
            {
                return ImageFormat.Avif;
            }

            if (Accepts("image/webp"))
            {
                return ImageFormat.Webp;
            }
        }

        return hasAlpha() ? ImageFormat.Png : ImageFormat.Jpeg;
    }

    public static string ContentType(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Webp => "image/webp",
        ImageFormat.Avif => "image/avif",
        _ => "image/jpeg",
    };

    public static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Webp => ".webp",
        ImageFormat.Avif => ".avif",
        _ => ".jpg",
    };
}
