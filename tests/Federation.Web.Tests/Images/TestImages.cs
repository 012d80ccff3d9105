using NetVips;

namespace Federation.Web.Tests.Images;

/// <summary>Pictures made for the tests with libvips, and what the variants served turn out to be when decoded.</summary>
internal static class TestImages
{
    public static readonly double[] Red = [220, 30, 30];
    public static readonly double[] Blue = [30, 30, 220];

    /// <summary>A JPEG whose left half is red and right half blue, so a crop shows which side it kept.</summary>
    public static byte[] RedAndBlueJpeg(int width, int height)
    {
        using var left = Solid(width / 2, height, Red);
        using var right = Solid(width - (width / 2), height, Blue);
        using var joined = left.Join(right, Enums.Direction.Horizontal);
        return joined.JpegsaveBuffer(q: 90);
    }

    /// <summary>A PNG, half transparent.</summary>
    public static byte[] TransparentPng(int width, int height)
    {
        using var colour = Solid(width, height, Blue);
        using var withAlpha = colour.Bandjoin(128);
        using var cast = withAlpha.Cast(Enums.BandFormat.Uchar);
        return cast.PngsaveBuffer();
    }

    /// <summary>A JPEG stored <paramref name="storedWidth"/> wide whose EXIF says to turn it a quarter (orientation 6) before showing it.</summary>
    public static byte[] TurnedJpeg(int storedWidth, int storedHeight)
    {
        using var image = Solid(storedWidth, storedHeight, Red);
        using var turned = image.Mutate(m => m.Set(GValue.GIntType, "orientation", 6));
        return turned.JpegsaveBuffer(keep: Enums.ForeignKeep.All);
    }

    /// <summary>What a variant is: its size, its format as libvips reads it (jpeg, png, webp, heif), whether it carries EXIF.</summary>
    public static (int Width, int Height, string Format, bool HasExif) Decode(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        var loader = (string)image.Get("vips-loader");
        return (image.Width, image.Height, loader.Replace("load_buffer", "", StringComparison.Ordinal), image.Contains("exif-data"));
    }

    /// <summary>The colour at a point of a variant.</summary>
    public static double[] ColourAt(byte[] bytes, int x, int y)
    {
        using var image = Image.NewFromBuffer(bytes);
        return image.Getpoint(x, y);
    }

    /// <summary>Whether two colours are alike, give or take what JPEG compression changes.</summary>
    public static bool Near(double[] colour, double[] expected) => colour.Zip(expected).All(c => Math.Abs(c.First - c.Second) < 40);

    static Image Solid(int width, int height, double[] colour)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var filled = black.NewFromImage(colour);
        using var srgb = filled.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.Cast(Enums.BandFormat.Uchar);
    }
}
