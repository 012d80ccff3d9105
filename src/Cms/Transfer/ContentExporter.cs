using Federation.Cms.Content;
using Federation.Cms.Media;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using System.Text.Json;

namespace Federation.Cms.Transfer;

/// <summary>
/// Writes the store out in the content-export format. An item is written as the site shows it:
/// its published version if it has one, else its newest version.
/// </summary>
internal sealed class ContentExporter(ContentDbContextFactory store, MediaFiles mediaFiles)
{
    /// <summary>
    /// Exports into <paramref name="directory"/>. The format's own folders there (news/, forums/, …,
    /// media/) are replaced whole, so deleted items disappear; any other file is left alone.
    /// </summary>
    /// <returns>How many items and media files were written.</returns>
    public async Task<TransferCounts> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(directory);
        var staging = Directory.CreateTempSubdirectory("federation-export-").FullName;
        try
        {
            var counts = await WriteAsync(staging, cancellationToken);
            foreach (var folder in ContentExportLayout.Folders)
            {
                var target = Path.Combine(directory, folder);
                if (Directory.Exists(target))
                {
                    Directory.Delete(target, recursive: true);
                }

                var written = Path.Combine(staging, folder);
                if (Directory.Exists(written))
                {
                    CopyDirectory(written, target);
                }
            }

            return counts;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    async Task<TransferCounts> WriteAsync(string root, CancellationToken cancellationToken)
    {
        await using var db = store.Create();
        var rows = await (
            from item in db.Items.AsNoTracking()
            join version in db.Versions.AsNoTracking()
                on new { ItemId = item.Id, Number = item.PublishedVersion ?? item.LatestVersion } equals new { version.ItemId, version.Number }
            select new { item.Status, item.CreatedAt, item.UpdatedAt, item.PublishedAt, version.Document })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var document = ContentJson.Deserialize(row.Document);
            var state = new ItemState(row.Status, row.CreatedAt, row.UpdatedAt, row.PublishedAt);
            await WriteFileAsync(root, ContentExportLayout.ItemPath(document), ContentExportLayout.ItemBytes(document, state), cancellationToken);
        }

        var media = await db.Media.AsNoTracking().Select(m => m.Document).ToListAsync(cancellationToken);
        foreach (var json in media)
        {
            var item = JsonSerializer.Deserialize<MediaItem>(json, ContentJson.Options)!;
            await WriteFileAsync(root, ContentExportLayout.MediaMetadataPath(item.Id), ContentExportLayout.MediaBytes(item), cancellationToken);
            var target = Path.Combine(root, ContentExportLayout.MediaFilePath(item));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(mediaFiles.PathOf(item.Id, item.File), target);
        }

        return new TransferCounts(rows.Count, media.Count);
    }

    static async Task WriteFileAsync(string root, string relativePath, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
    }

    static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

/// <summary>What an import or export moved.</summary>
/// <param name="Items">Content items.</param>
/// <param name="Media">Media items.</param>
public sealed record TransferCounts(int Items, int Media);
