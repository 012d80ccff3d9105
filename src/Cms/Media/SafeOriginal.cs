using NetVips;

namespace Federation.Cms.Media;

/// <summary>
/// Makes an uploaded image safe to keep and to serve as it is, since <c>/media/{id}/{file}</c> gives
/// the original to anyone: turned upright when its EXIF orientation says viewers must turn it, and
/// without metadata (EXIF with the GPS position in it, XMP, IPTC, comments, data past the image's
/// end). The colour profile stays: without it colours shift.
/// </summary>
/// <remarks>
/// A file is rewritten only when it must be. Cutting metadata out of a PNG or a GIF leaves its
/// pixels untouched, so those are cut by hand (<see cref="ImageStructure.Removable"/>). A JPEG or
/// WebP with metadata, and any image to turn, is encoded again with libvips in its own format: JPEG
/// at quality 92 with the original's chroma subsampling and progressive coding, WebP lossless when
/// the original was, else at quality 92, PNG losslessly.
/// </remarks>
internal static class SafeOriginal
{
    /// <summary>JPEG and lossy WebP quality of a file encoded again: a reader cannot tell it from the original.</summary>
    public const int Quality = 92;

    /// <summary>The file to store, its size as shown, and what was done to it (for the audit log), or null when nothing was.</summary>
    public sealed record Prepared(string Path, int Width, int Height, string? Change);

    /// <summary>
    /// Prepares the image at <paramref name="path"/> for storing; a changed file is written beside it
    /// under a name of its own, since libvips caches what it opened by file name (delete them with
    /// <see cref="DeleteWorkFiles"/>). Returns a problem in the editor's words when the image is
    /// animated or cannot be decoded.
    /// </summary>
    public static (Prepared? Result, string? Problem) Prepare(string path, MediaInspector.Inspection inspection)
    {
        var structure = inspection.Structure ?? throw new ArgumentException("Not an image.", nameof(inspection));
        try
        {
            bool turn;
            using (var header = Image.NewFromFile(path, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error))
            {
                // The structure counted GIF, APNG and WebP frames already; libvips is asked as well, in case a file fooled the count.
                if (Int(header, "n-pages") is > 1 and var pages)
                {
                    return (null, MediaInspector.Animated(inspection.Extension, pages));
                }

                // Orientations 2 to 8 mirror or turn the image when shown (EXIF 2.32 §4.6.4, tag 0x0112).
                turn = Int(header, "orientation") is >= 2 and <= 8;
                if (!turn && !structure.HasMetadata && !HasMetadata(header))
                {
                    return (new Prepared(path, header.Width, header.Height, null), null);
                }
            }

            var cuttable = inspection.ContentType is "image/png" or "image/gif" && structure.Removable.Count > 0;
            if (!turn && cuttable && Cut(path, path + ".cut", structure.Removable) is { } cut)
            {
                return (cut, null);
            }

            return (Encode(path, path + ".encoded", inspection.ContentType, structure.Lossless, turn), null);
        }
        catch (VipsException e)
        {
            return (null, Thumbnails.Unreadable(e));
        }
    }

    /// <summary>Deletes what <see cref="Prepare"/> wrote beside <paramref name="path"/>.</summary>
    public static void DeleteWorkFiles(string path)
    {
        File.Delete(path + ".cut");
        File.Delete(path + ".encoded");
    }

    // Copies the file without the given ranges; the result is checked, and null (encode instead) if libvips still finds metadata.
    static Prepared? Cut(string path, string safe, IReadOnlyList<(long Start, long Length)> removable)
    {
        using (var source = File.OpenRead(path))
        using (var target = File.Create(safe))
        {
            foreach (var (start, length) in removable.OrderBy(r => r.Start))
            {
                CopyBytes(source, target, start - source.Position);
                source.Position = start + length;
            }

            CopyBytes(source, target, source.Length - source.Position);
        }

        using var cut = Image.NewFromFile(safe, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
        if (HasMetadata(cut))
        {
            return null;
        }

        return new Prepared(safe, cut.Width, cut.Height, "去掉了元数据");
    }

    static Prepared Encode(string path, string safe, string contentType, bool lossless, bool turn)
    {
        using var image = Image.NewFromFile(path, failOn: Enums.FailOn.Error);
        using var upright = image.Autorot();
        switch (contentType)
        {
            case "image/jpeg":
                upright.Jpegsave(safe, q: Quality, optimizeCoding: true, interlace: Int(image, "jpeg-multiscan") == 1,
                    subsampleMode: image.Contains("jpeg-chroma-subsample") && (string)image.Get("jpeg-chroma-subsample") == "4:4:4" ? Enums.ForeignSubsample.Off : Enums.ForeignSubsample.On,
                    keep: Enums.ForeignKeep.Icc);
                break;
            case "image/png":
                upright.Pngsave(safe, palette: Int(image, "palette") == 1, bitdepth: Int(image, "bits-per-sample"), keep: Enums.ForeignKeep.Icc);
                break;
            case "image/webp":
                upright.Webpsave(safe, q: Quality, lossless: lossless, keep: Enums.ForeignKeep.Icc);
                break;
            case "image/gif":
                upright.Gifsave(safe, reuse: true, keep: Enums.ForeignKeep.Icc);
                break;
            default:
                throw new ArgumentException($"Cannot encode {contentType}.", nameof(contentType));
        }

        return new Prepared(safe, upright.Width, upright.Height, turn ? "按拍摄方向摆正，去掉了元数据" : "去掉了元数据");
    }

    /// <summary>Whether libvips finds metadata in the image: EXIF, XMP or IPTC (it reads no comments; <see cref="ImageStructure"/> finds those).</summary>
    public static bool HasMetadata(Image image) =>
        image.Contains("exif-data") || image.Contains("xmp-data") || image.Contains("iptc-data");

    static int? Int(Image image, string field) => image.Contains(field) && image.Get(field) is int value ? value : null;

    static void CopyBytes(Stream source, Stream target, long count)
    {
        var buffer = new byte[81920];
        while (count > 0 && source.Read(buffer, 0, (int)Math.Min(buffer.Length, count)) is > 0 and var read)
        {
            target.Write(buffer, 0, read);
            count -= read;
        }
    }
}
