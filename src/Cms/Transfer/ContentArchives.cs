using System.IO.Compression;
using Federation.Cms.Audit;
using Federation.Cms.Users;

namespace Federation.Cms.Transfer;

/// <summary>
/// Import and export from the back office: the content-export folder as a zip file. An import
/// checks every file first and imports all or nothing, as the command-line verb does; the archive
/// itself is unpacked with limits, so a hostile zip can neither write outside its folder nor fill the disk.
/// </summary>
internal sealed class ContentArchives(ContentImporter importer, ContentExporter exporter, AuditLog audit)
{
    const long MaxEntryBytes = 256L * 1024 * 1024;
    const long MaxTotalBytes = 4L * 1024 * 1024 * 1024;
    const int MaxEntries = 500_000;

    /// <summary>Writes the whole store, drafts included, as a content-export zip.</summary>
    public async Task<TransferCounts> ExportAsync(Actor actor, Stream zip, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.EditContent);
        var folder = Directory.CreateTempSubdirectory("federation-export-").FullName;
        try
        {
            var counts = await exporter.ExportAsync(folder, cancellationToken);
            await ZipFile.CreateFromDirectoryAsync(folder, zip, CompressionLevel.Optimal, includeBaseDirectory: false, cancellationToken);
            return counts;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Imports a content-export zip: every file is checked first; one bad file names itself and nothing is imported.</summary>
    /// <exception cref="ImportRejectedException">Bad files, or an archive that is not a usable zip; nothing was imported.</exception>
    public async Task<TransferCounts> ImportAsync(Actor actor, Stream zip, string archiveName, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        var folder = Directory.CreateTempSubdirectory("federation-import-").FullName;
        try
        {
            var root = await UnpackAsync(zip, archiveName, folder, cancellationToken);
            TransferCounts counts;
            try
            {
                counts = await importer.ImportAsync(root, cancellationToken);
            }
            catch (ImportRejectedException rejected)
            {
                // Name each bad file by its path in the archive, not in the temporary folder.
                throw new ImportRejectedException([.. rejected.Problems.Select(p => p with { Path = Path.GetRelativePath(folder, p.Path) })]);
            }

            await audit.RecordAsync(actor, AuditAction.Imported, detail: $"{archiveName}：{counts.Items} 条内容、{counts.Media} 个媒体文件", cancellationToken: cancellationToken);
            return counts;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static async Task<string> UnpackAsync(Stream zip, string archiveName, string folder, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = await ZipArchive.CreateAsync(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new ImportRejectedException([new ImportProblem(archiveName, "不是 zip 文件，或文件已损坏")]);
        }

        await using (archive)
        {
            if (archive.Entries.Count > MaxEntries)
            {
                throw new ImportRejectedException([new ImportProblem(archiveName, $"文件数超过 {MaxEntries} 个")]);
            }

            long total = 0;
            var fullFolder = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            foreach (var entry in archive.Entries)
            {
                var target = Path.GetFullPath(Path.Combine(folder, entry.FullName));
                if (!target.StartsWith(fullFolder, StringComparison.Ordinal))
                {
                    throw new ImportRejectedException([new ImportProblem(entry.FullName, "路径指向导入文件夹之外")]);
                }

                if (entry.FullName.EndsWith('/'))
                {
                    Directory.CreateDirectory(target);
                    continue;
                }

                try
                {
                    total += await UnpackEntryAsync(entry, target, total, cancellationToken);
                }
                catch (InvalidDataException)
                {
                    throw new ImportRejectedException([new ImportProblem(entry.FullName, "已损坏或压缩方式不受支持，无法解压")]);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException && (Directory.Exists(target) || File.Exists(Path.GetDirectoryName(target))))
                {
                    // "news" as a file and "news/…" as a folder, or the other way round: a file system holds only one of them.
                    throw new ImportRejectedException([new ImportProblem(entry.FullName, "与压缩包中的另一项同名（一个是文件，一个是文件夹）")]);
                }
            }
        }

        // An archive of the folder itself ("content-export/news/…") is read from inside that folder.
        var top = Directory.GetFileSystemEntries(folder);
        return top is [var only] && Directory.Exists(only) && !ContentExportLayout.Folders.Contains(Path.GetFileName(only)) ? only : folder;
    }

    /// <summary>Writes one entry to <paramref name="target"/> and returns how many bytes it held, refusing it past the limits.</summary>
    static async Task<long> UnpackEntryAsync(ZipArchiveEntry entry, string target, long before, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var source = await entry.OpenAsync(cancellationToken);
        await using var output = File.Create(target);
        // Count what is really unpacked: an entry's declared size can lie.
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            written += read;
            if (written > MaxEntryBytes || before + written > MaxTotalBytes)
            {
                throw new ImportRejectedException([new ImportProblem(entry.FullName, written > MaxEntryBytes ? "单个文件超过 256 MB" : "解压后超过 4 GB")]);
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return written;
    }
}
