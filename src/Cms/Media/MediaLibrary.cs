using System.Text.Json;
using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Outbox;
using Federation.Cms.Storage;
using Federation.Cms.Transfer;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Cms.Media;

/// <summary>
/// The media library: images and PDFs editors upload and put on pages. Uploads are checked by
/// content and size; an image needs its Chinese alt text before a page may use it.
/// </summary>
internal sealed class MediaLibrary(
    ContentDbContextFactory store, MediaFiles files, IOptions<MediaOptions> options, AuditLog audit, OutboxDispatcher dispatcher, TimeProvider time)
{
    /// <summary>Every media item of a kind ("image" or "pdf"), newest first; for pickers, images only once they have alt text.</summary>
    public async Task<IReadOnlyList<MediaItem>> ListAsync(Actor reader, string? accept = null, CancellationToken cancellationToken = default) =>
        (await SearchAsync(reader, new MediaQuery { Accept = accept, PageSize = 1000 }, cancellationToken)).Items;

    public async Task<MediaPage> SearchAsync(Actor reader, MediaQuery query, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var media = db.Media.AsNoTracking();
        media = query.Accept switch
        {
            "image" => media.Where(m => m.ContentType.StartsWith("image/")),
            "pdf" => media.Where(m => m.ContentType == "application/pdf"),
            _ => media,
        };
        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            media = media.Where(m => m.File.Contains(text) || m.Document.Contains(text));
        }

        var total = await media.CountAsync(cancellationToken);
        var documents = await media.OrderByDescending(m => m.UploadedAt).ThenBy(m => m.File).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(m => m.Document).ToListAsync(cancellationToken);
        return new MediaPage([.. documents.Select(Read)], total);
    }

    public async Task<MediaItem?> FindAsync(Actor reader, Guid id, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        return await db.Media.AsNoTracking().Where(m => m.Id == id).Select(m => m.Document).SingleOrDefaultAsync(cancellationToken) is { } json ? Read(json) : null;
    }

    /// <summary>Checks and stores each file; a file that is refused names itself and its reason, and nothing of it is kept.</summary>
    public async Task<IReadOnlyList<UploadResult>> UploadAsync(Actor actor, IEnumerable<(string FileName, Stream Content)> uploads, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.EditContent);
        var results = new List<UploadResult>();
        foreach (var (fileName, content) in uploads)
        {
            results.Add(await UploadAsync(actor, Path.GetFileName(fileName), content, cancellationToken));
        }

        return results;
    }

    async Task<UploadResult> UploadAsync(Actor actor, string fileName, Stream content, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(files.Root, ".uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
        try
        {
            await using (var copy = File.Create(temporary))
            {
                // Copy no more than one byte past the limit: enough to know the file is too large.
                var limit = options.Value.MaxUploadBytes + 1;
                var buffer = new byte[81920];
                int read;
                while (copy.Length < limit && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - copy.Length)), cancellationToken)) > 0)
                {
                    await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            MediaInspector.Inspection? inspection;
            string? problem;
            await using (var file = File.OpenRead(temporary))
            {
                (inspection, problem) = MediaInspector.Inspect(file, options.Value);
            }

            if (inspection is null)
            {
                return new UploadResult(fileName, null, problem);
            }

            // An image is stored upright and without its metadata; its size is what it shows then.
            var (stored, width, height, change) = (temporary, (int?)null, (int?)null, (string?)null);
            if (inspection.Structure is not null)
            {
                var (prepared, unsafeProblem) = SafeOriginal.Prepare(temporary, inspection);
                if (prepared is null)
                {
                    return new UploadResult(fileName, null, unsafeProblem);
                }

                (stored, width, height, change) = (prepared.Path, prepared.Width, prepared.Height, prepared.Change);
            }

            var id = Guid.NewGuid();
            var name = SafeName(fileName, inspection.Extension);
            var folder = Path.GetDirectoryName(files.PathOf(id, name))!;
            Directory.CreateDirectory(folder);
            if (width is not null && Thumbnails.Create(stored, files.ThumbnailOf(id)) is { } unreadable)
            {
                Directory.Delete(folder, recursive: true);
                return new UploadResult(fileName, null, unreadable);
            }

            File.Move(stored, files.PathOf(id, name));
            var item = new MediaItem { Id = id, File = name, ContentType = inspection.ContentType, Size = new FileInfo(files.PathOf(id, name)).Length, Width = width, Height = height };
            await using var db = store.Create();
            var record = new MediaRecord { Id = id, UploadedAt = time.GetUtcNow(), UploadedBy = actor.Name };
            record.Describe(item);
            db.Media.Add(record);
            audit.Add(db, actor, AuditAction.MediaChanged, detail: $"上传 {name}（{inspection.ContentType}{(change is null ? "" : $"，{change}")}）");
            await db.SaveChangesAsync(cancellationToken);
            return new UploadResult(fileName, item, null);
        }
        finally
        {
            File.Delete(temporary);
            SafeOriginal.DeleteWorkFiles(temporary);
        }
    }

    /// <summary>
    /// Saves what editors write about a media item. An image's zh-CN alt text is required. Pages that
    /// show it and are live are refreshed on every node.
    /// </summary>
    /// <returns>The problems, by field (<c>zh-CN.alt</c>); empty when saved.</returns>
    public async Task<IReadOnlyList<ValidationProblem>> DescribeAsync(
        Actor actor, Guid id, IReadOnlyDictionary<string, MediaText> texts, string? credit, FocalPoint? focalPoint, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var record = await db.Media.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new Publishing.ContentNotFoundException($"No media {id}.");
        var item = Read(record.Document);
        var problems = new List<ValidationProblem>();
        if (item.IsImage && string.IsNullOrWhiteSpace(texts.GetValueOrDefault(Cultures.Chinese)?.Alt))
        {
            problems.Add(new($"{Cultures.Chinese}.alt", "图片需要中文替代文本：一句话说明图片里是什么，供读屏软件和图片加载不出时使用。"));
        }

        if (focalPoint is { } point && (point.X is < 0 or > 1 || point.Y is < 0 or > 1))
        {
            problems.Add(new("focalPoint", "焦点须在图片之内。"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        record.Describe(item with
        {
            Cultures = texts.Where(t => !string.IsNullOrWhiteSpace(t.Value.Alt) || !string.IsNullOrWhiteSpace(t.Value.Caption))
                .ToDictionary(t => t.Key, t => new MediaText { Alt = Trim(t.Value.Alt), Caption = Trim(t.Value.Caption) }),
            Credit = Trim(credit),
            FocalPoint = item.IsImage ? focalPoint : null,
        });
        audit.Add(db, actor, AuditAction.MediaChanged, detail: $"说明 {item.File}");
        var showing = await ItemsShowingAsync(db, id, liveOnly: true, cancellationToken);
        foreach (var itemId in showing)
        {
            db.OutboxEvents.Add(new OutboxEventRecord { ItemId = itemId, Kind = OutboxEventKind.Refreshed, OccurredAt = time.GetUtcNow() });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (showing.Count > 0)
        {
            await dispatcher.DispatchPendingAsync(cancellationToken);
        }

        return [];
    }

    /// <summary>The items whose newest or live version shows the media item.</summary>
    public async Task<IReadOnlyList<Guid>> UsageAsync(Actor reader, Guid id, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        return await ItemsShowingAsync(db, id, liveOnly: false, cancellationToken);
    }

    /// <summary>Deletes a media item nobody uses (editors only); one in use is refused with the items that use it.</summary>
    /// <returns>The items that still use it; empty when deleted.</returns>
    public async Task<IReadOnlyList<Guid>> DeleteAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        await using var db = store.Create();
        var record = await db.Media.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new Publishing.ContentNotFoundException($"No media {id}.");
        var users = await ItemsShowingAsync(db, id, liveOnly: false, cancellationToken);
        if (users.Count > 0)
        {
            return users;
        }

        db.Media.Remove(record);
        audit.Add(db, actor, AuditAction.Deleted, detail: $"媒体 {record.File}");
        await db.SaveChangesAsync(cancellationToken);
        var folder = Path.GetDirectoryName(files.PathOf(id, record.File))!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return [];
    }

    /// <summary>
    /// What is wrong with the media an item uses: each must exist, be of the kind its field takes
    /// (a picture for a cover, a PDF for a standard's full text), and a picture needs its zh-CN alt text.
    /// </summary>
    public async Task<IReadOnlyList<ValidationProblem>> ProblemsWithAsync(ContentDocument document, CancellationToken cancellationToken = default)
    {
        var wanted = new List<(string Field, Guid Id, string Accept)>();
        if (document.Cover is { } cover)
        {
            wanted.Add(("cover", cover, "image"));
        }

        switch (document.Fields)
        {
            case Content.Types.StandardFields { FullText: { } pdf }:
                wanted.Add(("fields.fullText", pdf, "pdf"));
                break;
            case Content.Types.ShowcaseFields showcase:
                wanted.AddRange(showcase.Images.Select(id => ("fields.images", id, "image")));
                break;
        }

        if (wanted.Count == 0)
        {
            return [];
        }

        var ids = wanted.Select(w => w.Id).ToList();
        await using var db = store.Create();
        var found = (await db.Media.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => m.Document).ToListAsync(cancellationToken))
            .Select(Read).ToDictionary(m => m.Id);
        var problems = new List<ValidationProblem>();
        foreach (var (field, id, accept) in wanted)
        {
            if (!found.TryGetValue(id, out var media))
            {
                problems.Add(new(field, "媒体库中没有这个文件。"));
            }
            else if (!Accepts(accept, media.ContentType))
            {
                problems.Add(new(field, accept == "pdf" ? "这里需要 PDF 文件。" : "这里需要图片。"));
            }
            else if (media.IsImage && string.IsNullOrWhiteSpace(media.Cultures.GetValueOrDefault(Cultures.Chinese)?.Alt))
            {
                problems.Add(new(field, $"图片 {media.File} 还没有中文替代文本，请先在媒体库中填写。"));
            }
        }

        return problems;
    }

    /// <summary>Whether a media item of <paramref name="contentType"/> fits a field that takes <paramref name="accept"/>.</summary>
    public static bool Accepts(string accept, string contentType) => accept switch
    {
        "image" => contentType.StartsWith("image/", StringComparison.Ordinal),
        "pdf" => contentType == "application/pdf",
        _ => false,
    };

    static async Task<IReadOnlyList<Guid>> ItemsShowingAsync(ContentDbContext db, Guid mediaId, bool liveOnly, CancellationToken cancellationToken)
    {
        var needle = mediaId.ToString();
        return await db.Items.AsNoTracking()
            .Where(i => i.Versions.Any(v => (v.Number == i.PublishedVersion || (!liveOnly && v.Number == i.LatestVersion)) && v.Document.Contains(needle)))
            .Select(i => i.Id).ToListAsync(cancellationToken);
    }

    static MediaItem Read(string json) => JsonSerializer.Deserialize<MediaItem>(json, ContentJson.Options)!;

    static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A file name safe on every disk and in a URL path (no separators, dots or spaces), with the extension its content has.</summary>
    static string SafeName(string fileName, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        // Letters and digits of any script stay (editors recognise 会场照片.jpg); everything else becomes a hyphen.
        var safe = new string([.. stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-')]).Trim('-');
        while (safe.Contains("--", StringComparison.Ordinal))
        {
            safe = safe.Replace("--", "-", StringComparison.Ordinal);
        }

        return (safe.Length == 0 ? "file" : safe[..Math.Min(safe.Length, 80)]) + extension;
    }
}

/// <summary>What the library screen asks for.</summary>
public sealed record MediaQuery
{
    /// <summary>"image", "pdf" or null for both.</summary>
    public string? Accept { get; init; }

    /// <summary>Part of the file name, an alt text, caption or credit.</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 48;
}

/// <summary>A page of the library.</summary>
public sealed record MediaPage(IReadOnlyList<MediaItem> Items, int Total);

/// <summary>What became of one uploaded file.</summary>
public sealed record UploadResult(string FileName, MediaItem? Item, string? Problem);
