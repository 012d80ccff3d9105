using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Outbox;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Redirects;

/// <summary>The redirects screen: every old address and the item it leads to; editors remove the ones no longer wanted.</summary>
internal sealed class RedirectList(ContentDbContextFactory store, AuditLog audit, OutboxDispatcher dispatcher, TimeProvider time)
{
    public async Task<RedirectPage> ListAsync(Actor reader, string? text, int page, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var rows = from redirect in db.Redirects.AsNoTracking()
                   join item in db.Items.AsNoTracking() on redirect.ItemId equals item.Id
                   select new { redirect, item };
        if (text?.Trim() is { Length: > 0 } search)
        {
            rows = rows.Where(r => r.redirect.Slug.Contains(search) || r.item.ChineseTitle.Contains(search));
        }

        var total = await rows.CountAsync(cancellationToken);
        var list = await rows.OrderByDescending(r => r.redirect.Id).Skip((page - 1) * 50).Take(50)
            .Select(r => new RedirectRow(r.redirect.Id, r.redirect.Type, r.redirect.Culture, r.redirect.Slug, r.item.Id, r.item.ChineseTitle,
                r.redirect.Culture == Cultures.English ? r.item.EnglishSlug ?? r.item.ChineseSlug : r.item.ChineseSlug, r.redirect.CreatedAt, r.redirect.CreatedBy))
            .ToListAsync(cancellationToken);
        return new RedirectPage(list, total);
    }

    /// <summary>Removes a redirect: the old address answers 404 on every node from then on.</summary>
    public async Task RemoveAsync(Actor actor, long id, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.Publish);
        await using (var db = store.Create())
        {
            var redirect = await db.Redirects.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new Publishing.ContentNotFoundException($"No redirect {id}.");
            db.Redirects.Remove(redirect);
            audit.Add(db, actor, AuditAction.RedirectRemoved, redirect.ItemId, $"{redirect.Type} {redirect.Culture} {redirect.Slug}");
            db.OutboxEvents.Add(new OutboxEventRecord { ItemId = redirect.ItemId, Kind = OutboxEventKind.Refreshed, OccurredAt = time.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        await dispatcher.DispatchPendingAsync(cancellationToken);
    }
}

/// <summary>One old address: the slug it had, and where the item is now.</summary>
public sealed record RedirectRow(long Id, ContentType Type, string Culture, string OldSlug, Guid ItemId, string Title, string CurrentSlug, DateTimeOffset CreatedAt, string? CreatedBy);

/// <summary>A page of redirects.</summary>
public sealed record RedirectPage(IReadOnlyList<RedirectRow> Rows, int Total);
