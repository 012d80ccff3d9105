using System.Buffers.Binary;
using NetVips;

namespace Federation.Cms.Tests.Media;

/// <summary>Files to upload, made with libvips or put together byte by byte where libvips would not write what a camera or a crafted file holds.</summary>
internal static class UploadSamples
{
    /// <summary>A JPEG as libvips writes it by default: with a small EXIF block (resolution, orientation 1).</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var image = Image.Black(width, height, bands: 3) + new double[] { 11, 78, 162 };
        return image.Cast(Enums.BandFormat.Uchar).JpegsaveBuffer(q: 85);
    }

    /// <summary>A PNG as libvips writes it by default, with an eXIf chunk.</summary>
    public static byte[] Png(int width, int height)
    {
        using var image = Image.Black(width, height, bands: 3) + 200;
        return image.Cast(Enums.BandFormat.Uchar).PngsaveBuffer();
    }

    /// <summary>A PNG with nothing but pixels.</summary>
    public static byte[] CleanPng(int width, int height)
    {
        using var image = Image.Black(width, height, bands: 3) + new double[] { 200, 30, 60 };
        return image.Cast(Enums.BandFormat.Uchar).PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    /// <summary>A photo as a phone takes it: red on its left half, blue on its right, with the camera, the place (GPS) and an orientation in its EXIF.</summary>
    public static byte[] PhoneJpeg(int width, int height, int orientation)
    {
        using var left = Image.Black(width / 2, height, bands: 3) + new double[] { 220, 20, 20 };
        using var right = Image.Black(width - (width / 2), height, bands: 3) + new double[] { 20, 20, 220 };
        using var photo = left.Join(right, Enums.Direction.Horizontal).Cast(Enums.BandFormat.Uchar);
        using var tagged = photo.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", orientation);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "Federation Phone");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "31/1 13/1 58/1");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "121/1 28/1 26/1");
        });
        return tagged.JpegsaveBuffer(q: 90);
    }

    /// <summary>A GIF of <paramref name="frames"/> frames, each 40×20, alternating dark and light.</summary>
    public static byte[] AnimatedGif(int frames)
    {
        using var strip = Strip(frames);
        return strip.GifsaveBuffer();
    }

    /// <summary>An animated WebP of <paramref name="frames"/> frames.</summary>
    public static byte[] AnimatedWebP(int frames)
    {
        using var strip = Strip(frames);
        return strip.WebpsaveBuffer();
    }

    /// <summary>A PNG that says it is an animation of <paramref name="frames"/> frames (an acTL chunk, APNG), which browsers would play.</summary>
    public static byte[] AnimatedPng(int frames)
    {
        var control = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(control, frames);
        return InsertPngChunk(CleanPng(40, 20), "acTL", control);
    }

    /// <summary><paramref name="png"/> with a chunk put in after IHDR.</summary>
    public static byte[] InsertPngChunk(byte[] png, string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        const int AfterHeader = 8 + 25; // signature, then IHDR: length, type, 13 bytes, CRC
        return [.. png[..AfterHeader], .. chunk, .. png[AfterHeader..]];
    }

    /// <summary><paramref name="jpeg"/> with segments put in after its start.</summary>
    public static byte[] InsertJpegSegments(byte[] jpeg, byte marker, byte[] data, int count)
    {
        var segment = new byte[4 + data.Length];
        (segment[0], segment[1]) = ((byte)0xFF, marker);
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(data.Length + 2));
        data.CopyTo(segment, 4);
        return [.. jpeg[..2], .. Enumerable.Repeat(segment, count).SelectMany(s => s), .. jpeg[2..]];
    }

    /// <summary><paramref name="gif"/> with a comment extension (GIF89a §24) after its colour table.</summary>
    public static byte[] GifWithComment(byte[] gif, string comment)
    {
        var text = System.Text.Encoding.ASCII.GetBytes(comment);
        var table = (gif[10] & 0x80) != 0 ? 3 * (1 << ((gif[10] & 0x07) + 1)) : 0;
        var at = 13 + table;
        return [.. gif[..at], 0x21, 0xFE, (byte)text.Length, .. text, 0x00, .. gif[at..]];
    }

    static Image Strip(int frames)
    {
        var pages = Enumerable.Range(0, frames).Select(i => (Image.Black(40, 20, bands: 3) + (i % 2 == 0 ? 40 : 220)).Cast(Enums.BandFormat.Uchar)).ToArray();
        using var strip = Image.Arrayjoin(pages, across: 1);
        foreach (var page in pages)
        {
            page.Dispose();
        }

        return strip.Mutate(m =>
        {
            m.Set(GValue.GIntType, "page-height", 20);
            m.Set(GValue.ArrayIntType, "delay", Enumerable.Repeat(200, frames).ToArray());
            m.Set(GValue.GIntType, "loop", 0);
        });
    }

    // PNG's CRC-32 (ISO 3309, PNG 3rd edition annex D).
    static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
