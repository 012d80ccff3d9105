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

    /// <summary>
    /// Schedules the newest version to go live at <paramref name="publishAt"/> and/or the item to come
    /// off at <paramref name="unpublishAt"/> (null clears that schedule). Times are instants; editors
    /// type them in Shanghai time. Only those who may publish may schedule.
    /// </summary>
    /// <exception cref="ContentValidationException">A time is past, or the unpublish is not after the publish.</exception>
    public async Task ScheduleAsync(Actor actor, Guid itemId, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        var now = time.GetUtcNow();
        var problems = new List<ValidationProblem>();
        if (publishAt <= now)
        {
            problems.Add(new("publishAt", "定时发布的时间已经过去。"));
        }

        if (unpublishAt <= now)
        {
            problems.Add(new("unpublishAt", "定时下线的时间已经过去。"));
        }

        if (publishAt is { } from && unpublishAt is { } until && until <= from)
        {
            problems.Add(new("unpublishAt", "下线时间须在发布时间之后。"));
        }

        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        await using var db = store.Create();
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken) ?? throw new ContentNotFoundException($"No item {itemId}.");
        if (unpublishAt is not null && publishAt is null && item.PublishedVersion is null && item.PublishAt is null)
        {
            throw new ContentValidationException([new("unpublishAt", "内容还没有发布，也没有定时发布，无法定时下线。")]);
        }

        (item.PublishAt, item.ScheduledVersion, item.UnpublishAt) = (publishAt, publishAt is null ? null : item.LatestVersion, unpublishAt);
        if (publishAt is not null)
        {
            item.Status = ContentStatus.Scheduled;
        }
        else if (item.Status == ContentStatus.Scheduled)
        {
            item.Status = item.PublishedVersion is null ? ContentStatus.Draft : ContentStatus.Published;
        }

        item.UpdatedAt = now;
        audit.Add(db, actor, AuditAction.Scheduled, itemId, publishAt is null && unpublishAt is null
            ? "取消定时"
            : $"{(publishAt is { } p ? $"第 {item.LatestVersion} 版于 {ShanghaiTime.From(p):yyyy-MM-dd HH:mm} 发布" : "")}{(publishAt is not null && unpublishAt is not null ? "，" : "")}{(unpublishAt is { } u ? $"于 {ShanghaiTime.From(u):yyyy-MM-dd HH:mm} 下线" : "")}（北京时间）");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes an item with all its versions and old addresses. A live item is refused: unpublish it
    /// first, so nothing disappears from the site by a slip. Only those who may publish may delete.
    /// </summary>
    /// <exception cref="ContentValidationException">The item is live.</exception>
    public async Task DeleteAsync(Actor actor, Guid itemId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        await using var db = store.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken) ?? throw new ContentNotFoundException($"No item {itemId}.");
        if (item.PublishedVersion is not null)
        {
            throw new ContentValidationException([new("", "内容正在网站上：请先下线，再删除。")]);
        }

        await db.Versions.Where(v => v.ItemId == itemId).ExecuteDeleteAsync(cancellationToken);
        await db.Redirects.Where(r => r.ItemId == itemId).ExecuteDeleteAsync(cancellationToken);
        db.Items.Remove(item);
        audit.Add(db, actor, AuditAction.Deleted, itemId, $"{item.Type}：{item.ChineseTitle}（{item.LatestVersion} 个版本）");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
