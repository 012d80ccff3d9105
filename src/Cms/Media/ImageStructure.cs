using System.Buffers.Binary;
using System.Text;

namespace Federation.Cms.Media;

/// <summary>
/// What an image file holds besides its pixels, read from its structure (JPEG segments, PNG chunks,
/// GIF blocks, WebP chunks) without decoding anything: its size, how many frames it has, and where
/// its metadata is. libvips cannot tell us all of it: it does not report JPEG or GIF comments, nor
/// the frames of an animated PNG, which browsers show animated all the same.
/// </summary>
internal sealed record ImageStructure
{
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Frames of an animation; 1 for a still image.</summary>
    public int Frames { get; init; } = 1;

    /// <summary>Bytes of metadata and colour-profile segments together: what a parser must read besides the pixels.</summary>
    public long MetadataBytes { get; init; }

    /// <summary>Whether there is metadata to take out: EXIF (and GPS in it), XMP, IPTC, comments, text, or data past the image's end.</summary>
    public bool HasMetadata { get; init; }

    /// <summary>Byte ranges that can be cut out, leaving a valid file with the same pixels (PNG and GIF).</summary>
    public IReadOnlyList<(long Start, long Length)> Removable { get; init; } = [];

    /// <summary>A WebP whose pixels are stored losslessly (VP8L).</summary>
    public bool Lossless { get; init; }

    /// <summary>Reads the structure of a file whose kind (<paramref name="contentType"/>) its first bytes have told.</summary>
    public static ImageStructure Read(Stream file, string contentType)
    {
        // Not disposed: that would close the caller's stream. Walking chunk by chunk reads a few bytes at a time.
        var buffered = new BufferedStream(file, 64 * 1024) { Position = 0 };
        return contentType switch
        {
            "image/jpeg" => Jpeg(buffered),
            "image/png" => Png(buffered),
            "image/gif" => Gif(buffered),
            "image/webp" => WebP(buffered),
            _ => new ImageStructure(),
        };
    }

    // Segments up to the first scan (ITU T.81 §B.1.1); the size is in the start-of-frame. APP0 (JFIF),
    // APP2 (ICC profile) and APP14 (Adobe, which says how colours are coded) are needed to show the
    // image as meant; every other APPn (EXIF, XMP, IPTC, MPF, maker notes) and COM is metadata.
    static ImageStructure Jpeg(Stream file)
    {
        file.Position = 2;
        int? width = null, height = null;
        long metadata = 0;
        var hasMetadata = false;
        Span<byte> header = stackalloc byte[3];
        Span<byte> start = stackalloc byte[14];
        while (true)
        {
            if (file.ReadByte() != 0xFF)
            {
                break;
            }

            var kind = file.ReadByte();
            while (kind == 0xFF)
            {
                kind = file.ReadByte(); // fill bytes before a marker (§B.1.1.2)
            }

            if (kind is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers that stand alone, without a length
            }

            if (kind < 0 || file.ReadAtLeast(header[..2], 2, throwOnEndOfStream: false) < 2)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (kind is 0xDA or 0xD9 || length < 2)
            {
                break;
            }

            var data = file.Position;
            var read = file.ReadAtLeast(start[..Math.Min(start.Length, length - 2)], Math.Min(start.Length, length - 2), throwOnEndOfStream: false);
            var segment = start[..read];
            if (kind is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC && width is null && read >= 5)
            {
                (height, width) = (BinaryPrimitives.ReadUInt16BigEndian(segment[1..]), BinaryPrimitives.ReadUInt16BigEndian(segment[3..]));
            }
            else if (kind is >= 0xE0 and <= 0xEF or 0xFE)
            {
                metadata += length + 2;
                hasMetadata |= !((kind == 0xE0 && (segment.StartsWith("JFIF\0"u8) || segment.StartsWith("JFXX\0"u8)))
                    || (kind == 0xE2 && segment.StartsWith("ICC_PROFILE\0"u8))
                    || (kind == 0xEE && segment.StartsWith("Adobe"u8)));
            }

            file.Position = data + length - 2;
        }

        return new ImageStructure { Width = width, Height = height, MetadataBytes = metadata, HasMetadata = hasMetadata };
    }

    // Chunks (PNG 3rd edition §5.3, §11.3); the size is in IHDR. Text, EXIF and time chunks are
    // metadata; iCCP is the colour profile; acTL makes it an animated PNG, whose frame count it holds.
    static ImageStructure Png(Stream file)
    {
        int? width = null, height = null;
        var frames = 1;
        long metadata = 0;
        var removable = new List<(long, long)>();
        var ended = false;
        Span<byte> header = stackalloc byte[16];
        file.Position = 8;
        while (file.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16)
        {
            var start = file.Position - 16;
            var length = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.ASCII.GetString(header[4..8]);
            var end = start + 12 + length;
            if (length > int.MaxValue || end > file.Length)
            {
                break;
            }

            switch (type)
            {
                case "IHDR" when width is null:
                    (width, height) = (BinaryPrimitives.ReadInt32BigEndian(header[8..]), BinaryPrimitives.ReadInt32BigEndian(header[12..]));
                    break;
                case "acTL":
                    frames = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(header[8..]));
                    break;
                case "tEXt" or "zTXt" or "iTXt" or "eXIf" or "tIME":
                    metadata += 12 + length;
                    removable.Add((start, 12 + length));
                    break;
                case "iCCP":
                    metadata += 12 + length;
                    break;
            }

            file.Position = end;
            if (type == "IEND")
            {
                ended = true;
                break;
            }
        }

        if (ended)
        {
            Trailing(file, removable);
        }

        return new ImageStructure { Width = width, Height = height, Frames = frames, MetadataBytes = metadata, HasMetadata = removable.Count > 0, Removable = removable };
    }

    // Blocks (GIF89a §17–§27); the size is the logical screen's. Each image descriptor is a frame;
    // comment extensions and application extensions other than looping and the ICC profile are metadata.
    static ImageStructure Gif(Stream file)
    {
        Span<byte> screen = stackalloc byte[7];
        file.Position = 6;
        if (file.ReadAtLeast(screen, 7, throwOnEndOfStream: false) < 7)
        {
            return new ImageStructure();
        }

        var (width, height) = (BinaryPrimitives.ReadUInt16LittleEndian(screen), BinaryPrimitives.ReadUInt16LittleEndian(screen[2..]));
        file.Position = 13 + ColourTable(screen[4]);
        var frames = 0;
        long metadata = 0;
        var removable = new List<(long, long)>();
        Span<byte> descriptor = stackalloc byte[11];
        while (true)
        {
            var start = file.Position;
            var block = file.ReadByte();
            if (block == 0x2C)
            {
                if (file.ReadAtLeast(descriptor[..9], 9, throwOnEndOfStream: false) < 9)
                {
                    break;
                }

                frames++;
                file.Position += ColourTable(descriptor[8]) + 1; // the table, then the LZW code size
                if (!SkipSubBlocks(file))
                {
                    break;
                }
            }
            else if (block == 0x21)
            {
                var label = file.ReadByte();
                var application = "";
                if (label == 0xFF && file.ReadByte() == 11 && file.ReadAtLeast(descriptor, 11, throwOnEndOfStream: false) == 11)
                {
                    application = Encoding.ASCII.GetString(descriptor);
                }

                if (!SkipSubBlocks(file))
                {
                    break;
                }

                if (label == 0xFE || (label == 0xFF && application is not ("NETSCAPE2.0" or "ANIMEXTS1.0")))
                {
                    metadata += file.Position - start;
                    if (application != "ICCRGBG1")
                    {
                        removable.Add((start, file.Position - start));
                    }
                }
            }
            else
            {
                if (block == 0x3B)
                {
                    Trailing(file, removable);
                }

                break; // the trailer, or the file ends or is broken
            }
        }

        return new ImageStructure { Width = width, Height = height, Frames = Math.Max(1, frames), MetadataBytes = metadata, HasMetadata = removable.Count > 0, Removable = removable };

        static int ColourTable(byte packed) => (packed & 0x80) != 0 ? 3 * (1 << ((packed & 0x07) + 1)) : 0;
    }

    // Chunks of the RIFF container (RFC 9649 §2.5–2.7); the size is in the first chunk.
    static ImageStructure WebP(Stream file)
    {
        Span<byte> chunk = stackalloc byte[18];
        file.Position = 12;
        int? width = null, height = null;
        var (frames, lossless, hasMetadata) = (0, false, false);
        long metadata = 0;
        while (file.ReadAtLeast(chunk[..8], 8, throwOnEndOfStream: false) == 8)
        {
            var type = Encoding.ASCII.GetString(chunk[..4]);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            var data = file.Position;
            var read = file.ReadAtLeast(chunk[8..], (int)Math.Min(10, size), throwOnEndOfStream: false);
            var head = chunk.Slice(8, read);
            if (width is null)
            {
                (width, height) = type switch
                {
                    "VP8 " when read >= 10 => (BinaryPrimitives.ReadUInt16LittleEndian(head[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[8..]) & 0x3FFF),
                    "VP8L" when read >= 5 => (1 + (head[1] | ((head[2] & 0x3F) << 8)), 1 + ((head[2] >> 6) | (head[3] << 2) | ((head[4] & 0x0F) << 10))),
                    "VP8X" when read >= 10 => (1 + (head[4] | (head[5] << 8) | (head[6] << 16)), 1 + (head[7] | (head[8] << 8) | (head[9] << 16))),
                    _ => ((int?)null, (int?)null),
                };
            }

            switch (type)
            {
                case "ANMF":
                    frames++;
                    break;
                case "VP8L":
                    lossless = true;
                    break;
                case "EXIF" or "XMP ":
                    metadata += 8 + size;
                    hasMetadata = true;
                    break;
                case "ICCP":
                    metadata += 8 + size;
                    break;
            }

            file.Position = data + size + (size & 1);
        }

        return new ImageStructure { Width = width, Height = height, Frames = Math.Max(1, frames), MetadataBytes = metadata, HasMetadata = hasMetadata, Lossless = lossless };
    }

    // GIF data sub-blocks: a length byte, that many bytes, until a zero length.
    static bool SkipSubBlocks(Stream file)
    {
        int length;
        while ((length = file.ReadByte()) > 0)
        {
            file.Position += length;
        }

        return length == 0 && file.Position <= file.Length;
    }

    // Bytes after the image's end marker: no viewer reads them, and they can hide anything.
    static void Trailing(Stream file, List<(long, long)> removable)
    {
        if (file.Position < file.Length)
        {
            removable.Add((file.Position, file.Length - file.Position));
        }
    }
}
