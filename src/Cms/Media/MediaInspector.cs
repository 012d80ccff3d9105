using Federation.Cms.Transfer;
using System.Buffers.Binary;
using System.Text;

namespace Federation.Cms.Media;

/// <summary>
/// Tells what an uploaded file is from its bytes, never from its name, and reads an image's size
/// from its header before anything decodes it, so a decompression bomb is refused unopened.
/// </summary>
internal static class MediaInspector
{
    /// <summary>What a file turned out to be.</summary>
    public sealed record Inspection(string ContentType, string Extension, int? Width, int? Height);

    /// <summary>Reads the file's kind and size; a file that is none of the kinds the site takes, or is too large, is a problem in the editor's words.</summary>
    public static (Inspection? Result, string? Problem) Inspect(Stream file, MediaOptions options)
    {
        if (file.Length == 0)
        {
            return (null, "文件是空的。");
        }

        if (file.Length > options.MaxUploadBytes)
        {
            return (null, $"文件有 {file.Length / 1048576.0:0.#} MB，超过了 {options.MaxUploadBytes / 1048576} MB 的上限。");
        }

        var head = new byte[64];
        file.Position = 0;
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head.AsSpan(0, read);
        var inspection = bytes switch
        {
            [0xFF, 0xD8, 0xFF, ..] => Jpeg(file),
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] when read >= 24 =>
                new Inspection("image/png", ".png", BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..])),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] when read >= 10 =>
                new Inspection("image/gif", ".gif", BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(bytes),
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => new Inspection("application/pdf", ".pdf", null, null),
            _ => null,
        };
        if (inspection is null)
        {
            return (null, LooksLikeSvg(bytes)
                ? "不能上传 SVG：它可以包含脚本。请改用 PNG 或 JPEG。"
                : "不是可以上传的文件：只接受 JPEG、PNG、GIF、WebP 图片和 PDF 文件（按文件内容判断，而不是扩展名）。");
        }

        if (inspection.Width is { } width && inspection.Height is { } height)
        {
            if (width <= 0 || height <= 0)
            {
                return (null, "图片文件已损坏：读不出尺寸。");
            }

            if (width > options.MaxImageSide || height > options.MaxImageSide || (long)width * height > options.MaxImagePixels)
            {
                return (null, $"图片是 {width}×{height} 像素，超过了上限（每边 {options.MaxImageSide} 像素、共 {options.MaxImagePixels / 1_000_000} 百万像素）。");
            }
        }
        else if (inspection.ContentType.StartsWith("image/", StringComparison.Ordinal))
        {
            return (null, "图片文件已损坏：读不出尺寸。");
        }

        return (inspection, null);
    }

    // JPEG: walk the segments to the first start-of-frame (ITU T.81 §B.1.1.3); EXIF can push it far into the file.
    static Inspection? Jpeg(Stream file)
    {
        file.Position = 2;
        Span<byte> marker = stackalloc byte[9];
        while (file.ReadAtLeast(marker[..4], 4, throwOnEndOfStream: false) == 4)
        {
            if (marker[0] != 0xFF)
            {
                return new Inspection("image/jpeg", ".jpg", null, null);
            }

            var kind = marker[1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(marker[2..]);
            if (kind is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (file.ReadAtLeast(marker[4..9], 5, throwOnEndOfStream: false) < 5)
                {
                    break;
                }

                return new Inspection("image/jpeg", ".jpg", BinaryPrimitives.ReadUInt16BigEndian(marker[7..]), BinaryPrimitives.ReadUInt16BigEndian(marker[5..]));
            }

            if (kind == 0xDA || length < 2)
            {
                break;
            }

            file.Seek(length - 2, SeekOrigin.Current);
        }

        return new Inspection("image/jpeg", ".jpg", null, null);
    }

    // WebP: the size sits in the first chunk, in one of three layouts (RFC 9649 §2.5–2.7).
    static Inspection WebP(ReadOnlySpan<byte> head)
    {
        var chunk = Encoding.ASCII.GetString(head[12..16]);
        (int? width, int? height) = chunk switch
        {
            "VP8 " when head.Length >= 30 => ((int?)(BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF), (int?)(BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF)),
            "VP8L" when head.Length >= 25 => (1 + (head[21] | ((head[22] & 0x3F) << 8)), 1 + ((head[22] >> 6) | (head[23] << 2) | ((head[24] & 0x0F) << 10))),
            "VP8X" when head.Length >= 30 => (1 + (head[24] | (head[25] << 8) | (head[26] << 16)), 1 + (head[27] | (head[28] << 8) | (head[29] << 16))),
            _ => ((int?)null, (int?)null),
        };
        return new Inspection("image/webp", ".webp", width, height);
    }

    static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase))
            || text.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase);
    }
}
