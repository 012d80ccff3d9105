using System.Text;
using Federation.Cms.Transfer;

namespace Federation.Cms.Media;

/// <summary>
/// Tells what an uploaded file is from its bytes, never from its name, and reads an image's size,
/// frames and metadata from its structure before anything decodes it, so a decompression bomb, an
/// animation or a file stuffed with metadata is refused unopened.
/// </summary>
internal static class MediaInspector
{
    /// <summary>What a file turned out to be; <paramref name="Structure"/> for images.</summary>
    public sealed record Inspection(string ContentType, string Extension, ImageStructure? Structure = null);

    /// <summary>
    /// Reads the file's kind and size; a file that is none of the kinds the site takes, too large,
    /// animated or with too much metadata is a problem in the editor's words. Checked in this order:
    /// empty, bytes, kind, readable size, pixels, metadata, frames.
    /// </summary>
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
        (string ContentType, string Extension)? kind = bytes switch
        {
            [0xFF, 0xD8, 0xFF, ..] => ("image/jpeg", ".jpg"),
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => ("image/png", ".png"),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => ("image/gif", ".gif"),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ("image/webp", ".webp"),
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => ("application/pdf", ".pdf"),
            _ => null,
        };
        if (kind is not var (contentType, extension))
        {
            return (null, LooksLikeSvg(bytes)
                ? "不能上传 SVG：它可以包含脚本。请改用 PNG 或 JPEG。"
                : "不是可以上传的文件：只接受 JPEG、PNG、GIF、WebP 图片和 PDF 文件（按文件内容判断，而不是扩展名）。");
        }

        if (contentType == "application/pdf")
        {
            return EndsLikeAPdf(file)
                ? (new Inspection(contentType, extension), null)
                : (null, "PDF 文件不完整或已损坏：文件末尾没有 %%EOF 标记。请重新导出或下载完整的 PDF 后再上传。");
        }

        var structure = ImageStructure.Read(file, contentType);
        if (structure is not { Width: > 0 and var width, Height: > 0 and var height })
        {
            return (null, "图片文件已损坏：读不出尺寸。");
        }

        if (width > options.MaxImageSide || height > options.MaxImageSide || (long)width * height > options.MaxImagePixels)
        {
            return (null, $"图片是 {width}×{height} 像素，超过了上限（每边 {options.MaxImageSide} 像素、共 {options.MaxImagePixels / 1_000_000} 百万像素）。");
        }

        if (structure.MetadataBytes > options.MaxMetadataBytes)
        {
            return (null, $"图片里的元数据（EXIF、XMP、IPTC、注释、色彩配置文件）有 {Kilobytes(structure.MetadataBytes)} KB，超过了 {Kilobytes(options.MaxMetadataBytes)} KB 的上限。"
                + "请在导出时去掉元数据（如“存储为 Web 所用格式”）后再上传。");
        }

        if (structure.Frames > 1)
        {
            return (null, Animated(extension, structure.Frames));
        }

        return (new Inspection(contentType, extension, structure), null);
    }

    /// <summary>The refusal of an animation of <paramref name="frames"/> frames.</summary>
    public static string Animated(string extension, int frames) =>
        $"不接受动图：这个 {extension.TrimStart('.').ToUpperInvariant()} 有 {frames} 帧。请选出要用的一帧，另存为 JPEG 或 PNG 静态图片后再上传。";

    // A PDF ends with %%EOF (ISO 32000-1 §7.5.5); readers look for it in the last 1024 bytes (PDF Reference 1.7, note 18 of appendix H).
    static bool EndsLikeAPdf(Stream file)
    {
        var tail = new byte[(int)Math.Min(1024, file.Length)];
        file.Position = file.Length - tail.Length;
        file.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    static long Kilobytes(long bytes) => (bytes + 1023) / 1024;

    static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\n', '\r', '\t');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase))
            || text.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase);
    }
}
