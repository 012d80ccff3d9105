using System.Globalization;
using System.Text;

namespace Federation.Web.Media;

/// <summary>How a variant fits the box its width and height make.</summary>
internal enum ImageFit
{
    /// <summary>Within the box, keeping the image's proportions; the variant may be smaller than the box on one side.</summary>
    Max,

    /// <summary>Fills the box exactly, cutting off what sticks out, around the editor's focal point.</summary>
    Crop,

    /// <summary>Within the box, then padded to its exact size (white, or transparent where the format allows).</summary>
    Pad,
}

/// <summary>The formats variants are written in.</summary>
internal enum ImageFormat
{
    Jpeg,
    Png,
    Webp,
    Avif,
}

/// <summary>
/// What a variant is, as its URL says it once checked and put in one canonical form: the same variant
/// always has the same <see cref="Canonical"/> string, which is what its signature signs and what its
/// file in the cache is named after.
/// </summary>
/// <param name="Width">Width in pixels, at most <see cref="ImageOptions.MaxSide"/>; null follows the height (or the original).</param>
/// <param name="Height">Height in pixels, likewise.</param>
/// <param name="Fit">How it fits a box of both width and height; <see cref="ImageFit.Max"/> when only one or neither is given.</param>
/// <param name="Format">The format asked for; null lets the browser's Accept header choose.</param>
/// <param name="Quality">Quality of lossy formats, 1 to 100; null is the format's default.</param>
internal sealed record VariantSpec(int? Width, int? Height, ImageFit Fit, ImageFormat? Format, int? Quality)
{
    /// <summary>The parameters in a fixed order, only those given, e.g. <c>w=640&amp;h=360&amp;crop=crop&amp;fmt=webp</c>.</summary>
    public string Canonical
    {
        get
        {
            var canonical = new StringBuilder();
            void Add(string name, string? value)
            {
                if (value is not null)
                {
                    canonical.Append(canonical.Length == 0 ? "" : "&").Append(name).Append('=').Append(value);
                }
            }

            Add("w", Width?.ToString(CultureInfo.InvariantCulture));
            Add("h", Height?.ToString(CultureInfo.InvariantCulture));
            Add("crop", Width is not null && Height is not null ? NameOf(Fit) : null);
            Add("fmt", Format is { } format ? NameOf(format) : null);
            Add("q", Quality?.ToString(CultureInfo.InvariantCulture));
            return canonical.ToString();
        }
    }

    /// <summary>Checks the parameters of a variant; a problem is said in the words of the URL's parameters.</summary>
    public static (VariantSpec? Spec, string? Problem) Create(int? width, int? height, string? fit, string? format, int? quality, int maxSide)
    {
        if (width is < 1 || width > maxSide || height is < 1 || height > maxSide)
        {
            return (null, $"w and h must be whole numbers from 1 to {maxSide}");
        }

        ImageFit? parsedFit = fit is null ? null : ParseFit(fit);
        if (fit is not null && parsedFit is null)
        {
            return (null, $"crop must be crop, pad or max, not \"{VariantQuery.Shorten(fit)}\"");
        }

        if (parsedFit is not null && (width is null || height is null))
        {
            return (null, "crop needs both w and h: with one side given, the other follows the image's proportions");
        }

        ImageFormat? parsedFormat = format is null ? null : ParseFormat(format);
        if (format is not null && parsedFormat is null)
        {
            return (null, FormatProblem(format));
        }

        if (quality is < 1 or > 100)
        {
            return (null, "q must be a whole number from 1 to 100");
        }

        if (quality is not null && parsedFormat == ImageFormat.Png)
        {
            return (null, "q does not apply to png, which is lossless");
        }

        var defaultFit = width is not null && height is not null ? ImageFit.Crop : ImageFit.Max;
        return (new VariantSpec(width, height, parsedFit ?? defaultFit, parsedFormat, quality), null);
    }

    /// <summary>A preset from configuration as a variant.</summary>
    public static (VariantSpec? Spec, string? Problem) FromPreset(ImagePreset preset, int maxSide) =>
        preset.Width is null && preset.Height is null
            ? (null, "a preset needs a Width, a Height or both")
            : Create(preset.Width, preset.Height, preset.Crop, preset.Format, preset.Quality, maxSide);

    public static string NameOf(ImageFit fit) => fit switch
    {
        ImageFit.Crop => "crop",
        ImageFit.Pad => "pad",
        _ => "max",
    };

    public static string NameOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Webp => "webp",
        ImageFormat.Avif => "avif",
        _ => "jpeg",
    };

    static ImageFit? ParseFit(string name) => name switch
    {
        "crop" => ImageFit.Crop,
        "pad" => ImageFit.Pad,
        "max" => ImageFit.Max,
        _ => null,
    };

    public static string FormatProblem(string format) => $"fmt must be jpeg, png, webp or avif, not \"{VariantQuery.Shorten(format)}\"";

    public static ImageFormat? ParseFormat(string name) => name switch
    {
        "jpeg" => ImageFormat.Jpeg,
        "png" => ImageFormat.Png,
        "webp" => ImageFormat.Webp,
        "avif" => ImageFormat.Avif,
        _ => null,
    };
}
