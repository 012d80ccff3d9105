using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Editing;

/// <summary>Saves what editors write. Every save is a new version; nothing public changes until a publish.</summary>
internal sealed class ContentEditor(ContentDbContextFactory store, RichTextSanitizer sanitizer, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Saves <paramref name="document"/> as the item's next version, creating the item on its first save.
    /// Rich text is sanitized first, whatever the client sent.
    /// </summary>
    /// <param name="document">The item as the editor left it.</param>
    /// <param name="savedBy">Who saved it.</param>
    /// <param name="basedOnVersion">The version the editor started from; a save based on an older one is refused.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The number of the new version.</returns>
    /// <exception cref="ContentValidationException">The item breaks a rule; nothing was saved.</exception>
    /// <exception cref="StaleVersionException">Someone saved a newer version meanwhile; nothing was saved.</exception>
    public Task<int> SaveAsync(ContentDocument document, string? savedBy, int? basedOnVersion = null, CancellationToken cancellationToken = default) =>
        SaveAsync(document, savedBy, basedOnVersion, record: null, cancellationToken);

    /// <summary>Saves as <paramref name="by"/>, with a line in the audit log written in the same transaction.</summary>
    /// <exception cref="ContentValidationException">The item breaks a rule; nothing was saved.</exception>
    /// <exception cref="StaleVersionException">Someone saved a newer version meanwhile; nothing was saved.</exception>
    public Task<int> SaveAsync(Actor by, ContentDocument document, int? basedOnVersion, AuditAction action, CancellationToken cancellationToken = default) =>
        SaveAsync(document, by.Name, basedOnVersion, (db, version) => audit.Add(db, by, action, document.Id, $"第 {version} 版：{document.ChineseText.Title}"), cancellationToken);

    async Task<int> SaveAsync(ContentDocument document, string? savedBy, int? basedOnVersion, Action<ContentDbContext, int>? record, CancellationToken cancellationToken)
    {
        var (clean, problems) = sanitizer.Clean(document);
        document = clean ?? throw new ContentValidationException(problems);

        await using var db = store.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == document.Id, cancellationToken);
        if (item is null)
        {
            item = new ContentItemRecord { Id = document.Id, Type = document.Type, Status = ContentStatus.Draft, CreatedAt = now };
            db.Items.Add(item);
        }
        else if (item.Type != document.Type)
        {
            throw new ContentValidationException([new("type", $"is {item.Type} in the store and cannot change")]);
        }
        else if (basedOnVersion is { } based && based != item.LatestVersion)
        {
            throw new StaleVersionException(document.Id, based, item.LatestVersion);
        }

        await EnsureSlugsAreFreeAsync(db, document, cancellationToken);
        item.LatestVersion++;
        item.UpdatedAt = now;
        item.Describe(document, savedBy);
        db.Versions.Add(new ContentVersionRecord
        {
            ItemId = item.Id,
            Number = item.LatestVersion,
            Document = ContentJson.Serialize(document),
            SavedAt = now,
            SavedBy = savedBy,
        });
        record?.Invoke(db, item.LatestVersion);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item.LatestVersion;
    }

    static async Task EnsureSlugsAreFreeAsync(ContentDbContext db, ContentDocument document, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        foreach (var (culture, text) in document.Cultures)
        {
            var taken = await db.Items.AnyAsync(
                i => i.Type == document.Type && i.Id != document.Id && (i.ChineseSlug == text.Slug || i.EnglishSlug == text.Slug),
                cancellationToken);
            if (taken)
            {
                problems.Add(new($"cultures.{culture}.slug", $"\"{text.Slug}\" is already used by another {document.Type}"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }
    }
}

/// <summary>A save was based on a version older than the newest one.</summary>
public sealed class StaleVersionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StaleVersionException() { }

    /// <summary>Creates the exception with a message.</summary>
    public StaleVersionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StaleVersionException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception for an item and the two versions.</summary>
    public StaleVersionException(Guid itemId, int basedOn, int latest)
        : base($"Item {itemId} was saved as version {latest} while you edited version {basedOn}; your text was not saved over it.")
    {
        BasedOnVersion = basedOn;
        LatestVersion = latest;
    }

    /// <summary>The version the refused save started from.</summary>
    public int BasedOnVersion { get; }

    /// <summary>The newest version in the store.</summary>
    public int LatestVersion { get; }
}
