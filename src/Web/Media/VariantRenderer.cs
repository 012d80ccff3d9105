using Federation.Cms.Media;
using NetVips;

namespace Federation.Web.Media;

/// <summary>
/// Renders one variant with libvips: <see cref="Image.Thumbnail(string, int, int?, Enums.Size?, bool?, Enums.Interesting?, bool?, string, string, Enums.Intent?, Enums.FailOn?)"/>
/// shrinks while it decodes (a JPEG is read at 1/2, 1/4 or 1/8 of its size when that is enough),
/// applies the EXIF orientation and converts to sRGB; the file is written without metadata (no EXIF,
/// GPS, XMP or ICC profile). Never larger than the original.
/// </summary>
internal static class VariantRenderer
{
    // libvips' VIPS_MAX_COORD: "no limit" for the side a thumbnail is not bound by.
    const int Unbounded = 10_000_000;

    static readonly double[] White = [255, 255, 255];
    static readonly double[] Transparent = [255, 255, 255, 0];

    /// <summary>What the original is, read from its header: its size as shown (EXIF orientation applied) and whether it has an alpha channel.</summary>
    public static (int Width, int Height, bool HasAlpha) Inspect(string source)
    {
        using var header = Image.NewFromFile(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        // Orientations 5 to 8 turn the image a quarter (EXIF 2.32 §4.6.4, tag 0x0112).
        var turned = header.Contains("orientation") && header.Get("orientation") is int orientation && orientation is >= 5 and <= 8;
        return turned ? (header.Height, header.Width, header.HasAlpha()) : (header.Width, header.Height, header.HasAlpha());
    }

    /// <summary>Writes the variant of <paramref name="source"/> to <paramref name="target"/> and returns its size; throws <see cref="VipsException"/> when the original cannot be decoded.</summary>
    public static (int Width, int Height) Render(string source, VariantSpec spec, ImageFormat format, FocalPoint? focalPoint, int maxSide, string target)
    {
        var (width, height, _) = Inspect(source);
        var boxWidth = spec.Width ?? maxSide;
        var boxHeight = spec.Height ?? maxSide;
        using var resized = spec.Fit switch
        {
            ImageFit.Crop => Cropped(source, width, height, boxWidth, boxHeight, focalPoint ?? new FocalPoint(0.5, 0.5)),
            ImageFit.Pad => Padded(source, width, height, boxWidth, boxHeight),
            _ => Srgb(Image.Thumbnail(source, boxWidth, height: boxHeight, size: Enums.Size.Down, failOn: Enums.FailOn.Error)),
        };
        Save(resized, format, spec.Quality, target);
        return (resized.Width, resized.Height);
    }

    /// <summary>The default quality of a lossy format: about the same look from each.</summary>
    public static int DefaultQuality(ImageFormat format) => format == ImageFormat.Avif ? 50 : 80;

    // Scales so the image covers the box, then cuts the box out around the focal point. A box larger
    // than the original shrinks, keeping its proportions, until the original covers it unscaled.
    static Image Cropped(string source, int width, int height, int boxWidth, int boxHeight, FocalPoint focalPoint)
    {
        var cover = Math.Max((double)boxWidth / width, (double)boxHeight / height);
        if (cover > 1)
        {
            boxWidth = Math.Clamp((int)Math.Round(boxWidth / cover), 1, width);
            boxHeight = Math.Clamp((int)Math.Round(boxHeight / cover), 1, height);
        }

        // Bind the side that needs the larger scale; the other then comes out at least as large as the box.
        using var scaled = Srgb((double)boxWidth / width >= (double)boxHeight / height
            ? Image.Thumbnail(source, boxWidth, height: Unbounded, size: Enums.Size.Down, failOn: Enums.FailOn.Error)
            : Image.Thumbnail(source, Unbounded, height: boxHeight, size: Enums.Size.Down, failOn: Enums.FailOn.Error));
        var cropWidth = Math.Min(boxWidth, scaled.Width);
        var cropHeight = Math.Min(boxHeight, scaled.Height);
        var left = Math.Clamp((int)Math.Round((focalPoint.X * scaled.Width) - (cropWidth / 2.0)), 0, scaled.Width - cropWidth);
        var top = Math.Clamp((int)Math.Round((focalPoint.Y * scaled.Height) - (cropHeight / 2.0)), 0, scaled.Height - cropHeight);
        return scaled.Crop(left, top, cropWidth, cropHeight);
    }

    // Fits the image in the box and pads it to the box's size. A box larger than the original shrinks
    // until the original fits it unscaled: the padding never surrounds an enlarged image.
    static Image Padded(string source, int width, int height, int boxWidth, int boxHeight)
    {
        var fit = Math.Min((double)boxWidth / width, (double)boxHeight / height);
        if (fit > 1)
        {
            boxWidth = Math.Max(1, (int)Math.Round(boxWidth / fit));
            boxHeight = Math.Max(1, (int)Math.Round(boxHeight / fit));
        }

        using var scaled = Srgb(Image.Thumbnail(source, boxWidth, height: boxHeight, size: Enums.Size.Down, failOn: Enums.FailOn.Error));
        return scaled.Gravity(Enums.CompassDirection.Centre, boxWidth, boxHeight, extend: Enums.Extend.Background, background: scaled.HasAlpha() ? Transparent : White);
    }

    // Greyscale, 16-bit and CMYK originals come out as 8-bit sRGB, so every format and the padding see three colour bands.
    static Image Srgb(Image image)
    {
        if (image.Interpretation == Enums.Interpretation.Srgb && image.Format == Enums.BandFormat.Uchar)
        {
            return image;
        }

        using (image)
        {
            return image.Colourspace(Enums.Interpretation.Srgb).Cast(Enums.BandFormat.Uchar);
        }
    }

    static void Save(Image image, ImageFormat format, int? quality, string target)
    {
        var q = quality ?? DefaultQuality(format);
        switch (format)
        {
            case ImageFormat.Jpeg when image.HasAlpha():
                using (var flat = image.Flatten(background: White))
                {
                    Save(flat, format, quality, target);
                }

                break;
            case ImageFormat.Jpeg:
                image.Jpegsave(target, q: q, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
                break;
            case ImageFormat.Png:
                image.Pngsave(target, keep: Enums.ForeignKeep.None);
                break;
            case ImageFormat.Webp:
                image.Webpsave(target, q: q, keep: Enums.ForeignKeep.None);
                break;
            case ImageFormat.Avif:
                image.Heifsave(target, q: q, compression: Enums.ForeignHeifCompression.Av1, keep: Enums.ForeignKeep.None);
                break;
        }
    }
}
