using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Audit;

/// <summary>Writes and reads the audit log of sign-ins, saves, publishes, deletions and role changes.</summary>
internal sealed class AuditLog(ContentDbContextFactory store, TimeProvider time)
{
    /// <summary>Adds a line to <paramref name="db"/>, to be saved in the same transaction as the change it records.</summary>
    public void Add(ContentDbContext db, Actor actor, AuditAction action, Guid? itemId = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntryRecord
        {
            At = time.GetUtcNow(), UserId = actor.UserId, Actor = actor.Name, Action = action, ItemId = itemId, Detail = Trim(detail),
        });

    /// <summary>Records something that changes nothing else in the store, such as a sign-in.</summary>
    public async Task RecordAsync(Actor actor, AuditAction action, Guid? itemId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.Create();
        Add(db, actor, action, itemId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The lines matching <paramref name="query"/>, newest first, a page at a time. Only administrators read the log.</summary>
    public async Task<AuditPage> QueryAsync(Actor reader, AuditQuery query, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.ManageUsers);
        await using var db = store.Create();
        var lines = db.AuditEntries.AsNoTracking();
        if (query.Action is { } action)
        {
            lines = lines.Where(l => l.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            lines = lines.Where(l => l.Actor.Contains(actor));
        }

        if (query.ItemId is { } item)
        {
            lines = lines.Where(l => l.ItemId == item);
        }

        if (query.From is { } from)
        {
            lines = lines.Where(l => l.At >= from);
        }

        if (query.Until is { } until)
        {
            lines = lines.Where(l => l.At < until);
        }

        var total = await lines.CountAsync(cancellationToken);
        var page = await lines.OrderByDescending(l => l.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(l => new AuditLine(l.At, l.Actor, l.Action, l.ItemId, l.Detail))
            .ToListAsync(cancellationToken);
        return new AuditPage(page, total);
    }

    static string? Trim(string? detail) => detail is { Length: > 500 } ? detail[..500] : detail;
}

/// <summary>Which lines of the audit log to show.</summary>
public sealed record AuditQuery
{
    public AuditAction? Action { get; init; }

    /// <summary>Part of the actor's name.</summary>
    public string? Actor { get; init; }

    public Guid? ItemId { get; init; }

    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive end.</summary>
    public DateTimeOffset? Until { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>One line as the log screen shows it.</summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, AuditAction Action, Guid? ItemId, string? Detail);

/// <summary>A page of the log and how many lines match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditLine> Lines, int Total);
