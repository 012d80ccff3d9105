using System.Text;
using System.Text.Json;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Media;

namespace Federation.Cms.Transfer;

/// <summary>Reads and checks every file of a content-export folder, one file at a time.</summary>
internal sealed class ImportReader(RichTextSanitizer sanitizer)
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<ImportBatch> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var batch = new ImportBatch(directory);
        if (!Directory.Exists(directory))
        {
            batch.Problems.Add(new ImportProblem(directory, "no such folder"));
            return batch;
        }

        foreach (var type in ContentTypeInfo.All)
        {
            var folder = Path.Combine(directory, type.Folder);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                batch.Reject(Path.GetRelativePath(directory, sub), $"unexpected folder; {type.Folder}/ holds only .json files");
            }

            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                await ReadItemAsync(batch, type, Path.GetRelativePath(directory, file), cancellationToken);
            }
        }

        await ReadMediaAsync(batch, cancellationToken);
        return batch;
    }

    async Task ReadItemAsync(ImportBatch batch, ContentTypeInfo folderType, string relativePath, CancellationToken cancellationToken)
    {
        if (Path.GetExtension(relativePath) != ".json")
        {
            batch.Reject(relativePath, "not a .json file");
            return;
        }

        var text = await ReadTextAsync(batch, relativePath, cancellationToken);
        if (text is null)
        {
            return;
        }

        ContentDocument document;
        ItemState? state;
        try
        {
            (document, state) = ContentJson.Read(text);
        }
        catch (ContentFormatException e)
        {
            batch.Reject(relativePath, e.Message);
            return;
        }

        if (state is null)
        {
            batch.Reject(relativePath, "\"status\" is missing");
            return;
        }

        if (document.Type != folderType.Type)
        {
            batch.Reject(relativePath, $"a {ContentTypeInfo.Of(document.Type).Name} belongs in {ContentTypeInfo.Of(document.Type).Folder}/, not {folderType.Folder}/");
            return;
        }

        var (clean, problems) = sanitizer.Clean(document);
        if (clean is null)
        {
            batch.Reject(relativePath, string.Join("; ", problems));
            return;
        }

        document = clean;

        var expectedName = document.ChineseText.Slug + ".json";
        if (Path.GetFileName(relativePath) != expectedName)
        {
            batch.Reject(relativePath, $"the file of an item with zh-CN slug \"{document.ChineseText.Slug}\" must be named {expectedName}");
            return;
        }

        batch.Items.Add(new ImportedItem(relativePath, document, state));
    }

    static async Task ReadMediaAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(batch.Directory, ContentExportLayout.MediaFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var relativePath = Path.GetRelativePath(batch.Directory, file);
            if (Path.GetExtension(file) != ".json")
            {
                batch.Reject(relativePath, "not a .json file; media files go in media/{id}/");
                continue;
            }

            var text = await ReadTextAsync(batch, relativePath, cancellationToken);
            if (text is null)
            {
                continue;
            }

            MediaItem? media;
            try
            {
                media = JsonSerializer.Deserialize<MediaItem>(text, ContentJson.Options);
            }
            catch (JsonException e)
            {
                batch.Reject(relativePath, e.Message);
                continue;
            }

            var reason = media is null ? "must be a JSON object" : CheckMedia(batch.Directory, relativePath, media);
            if (reason is not null)
            {
                batch.Reject(relativePath, reason);
                continue;
            }

            batch.Media.Add(new ImportedMedia(relativePath, media!, Path.Combine(batch.Directory, ContentExportLayout.MediaFilePath(media!))));
        }

        var described = Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            if (!described.Contains(Path.GetFileName(sub)))
            {
                batch.Reject(Path.GetRelativePath(batch.Directory, sub), $"no media/{Path.GetFileName(sub)}.json describes this folder");
            }
        }
    }

    static string? CheckMedia(string directory, string relativePath, MediaItem media)
    {
        if (Path.GetFileNameWithoutExtension(relativePath) != media.Id.ToString())
        {
            return $"the metadata of media {media.Id} must be named {media.Id}.json";
        }

        if (string.IsNullOrWhiteSpace(media.File) || media.File != Path.GetFileName(media.File) || media.File.StartsWith('.'))
        {
            return "\"file\" must be a plain file name";
        }

        if (string.IsNullOrWhiteSpace(media.ContentType))
        {
            return "\"contentType\" is required";
        }

        var path = Path.Combine(directory, ContentExportLayout.MediaFilePath(media));
        if (!File.Exists(path))
        {
            return $"its file {Path.GetRelativePath(directory, path)} is missing";
        }

        var size = new FileInfo(path).Length;
        return size == media.Size ? null : $"\"size\" says {media.Size} bytes but {media.File} has {size}";
    }

    static async Task<string?> ReadTextAsync(ImportBatch batch, string relativePath, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(batch.Directory, relativePath), cancellationToken);
        if (bytes.Length == 0)
        {
            batch.Reject(relativePath, "the file is empty");
            return null;
        }

        try
        {
            var preamble = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            return StrictUtf8.GetString(bytes, preamble, bytes.Length - preamble);
        }
        catch (DecoderFallbackException)
        {
            batch.Reject(relativePath, "not valid UTF-8");
            return null;
        }
    }
}
