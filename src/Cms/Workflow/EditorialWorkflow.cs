using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Media;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Federation.Cms.Versions;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Workflow;

/// <summary>
/// What editors and writers do to an item, each step checked against the actor's roles here on
/// the server and written to the audit log with the change: save a draft, submit it for review,
/// publish, unpublish, roll back. A writer's publish is refused whatever the page sent.
/// </summary>
internal sealed class EditorialWorkflow(
    ContentEditor editor, PublishingService publishing, VersionHistory history, MediaLibrary media, ContentDbContextFactory store, AuditLog audit, TimeProvider time)
{
    /// <summary>Saves a new version. A new item's author is the actor.</summary>
    /// <exception cref="ForbiddenActionException">The actor may not edit.</exception>
    /// <exception cref="ContentValidationException">The item breaks a rule; nothing was saved.</exception>
    /// <exception cref="StaleVersionException">Someone saved a newer version after <paramref name="basedOnVersion"/>; nothing was saved.</exception>
    public async Task<int> SaveAsync(Actor actor, ContentDocument document, int? basedOnVersion, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.EditContent);
        if (await media.ProblemsWithAsync(document, cancellationToken) is { Count: > 0 } problems)
        {
            throw new ContentValidationException(problems);
        }

        return await editor.SaveAsync(actor, document with { Author = document.Author ?? actor.Name }, basedOnVersion, AuditAction.Saved, cancellationToken);
    }

    /// <summary>Asks an editor to review the newest version. Anyone who edits may; the item stays as it is on the site.</summary>
    public async Task SubmitForReviewAsync(Actor actor, Guid itemId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken) ?? throw new ContentNotFoundException($"No item {itemId}.");
        item.Status = ContentStatus.InReview;
        item.UpdatedAt = time.GetUtcNow();
        audit.Add(db, actor, AuditAction.SubmittedForReview, itemId, $"第 {item.LatestVersion} 版：{item.ChineseTitle}");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Puts <paramref name="version"/> (the newest when null) on the site.</summary>
    /// <exception cref="ForbiddenActionException">The actor may not publish: writers never may.</exception>
    public Task PublishAsync(Actor actor, Guid itemId, int? version, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        return publishing.PublishAsync(itemId, version, actor, cancellationToken);
    }

    /// <summary>Takes the item off the site; its history stays.</summary>
    /// <exception cref="ForbiddenActionException">The actor may not publish.</exception>
    public Task UnpublishAsync(Actor actor, Guid itemId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        return publishing.UnpublishAsync(itemId, actor, cancellationToken);
    }

    /// <summary>Saves an older version again as the newest one. It does not publish it.</summary>
    /// <returns>The number of the new version.</returns>
    public async Task<int> RollBackAsync(Actor actor, Guid itemId, int version, int? basedOnVersion, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.EditContent);
        var old = await history.GetAsync(itemId, version, cancellationToken);
        return await editor.SaveAsync(actor, old, basedOnVersion, AuditAction.RolledBack, cancellationToken);
    }
}
