using Federation.Cms.Audit;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Partners;

/// <summary>
/// GraphQL documents registered for execution by id (<c>sha256:…</c>): what administrators add and
/// remove. The API finds them through <see cref="PartnerDirectory.FindTrustedDocument"/>.
/// </summary>
internal sealed class TrustedDocuments(ContentDbContextFactory store, PartnerDirectory directory, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<TrustedDocumentRow>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        return await (from document in db.TrustedDocuments.AsNoTracking()
                      join partner in db.Partners.AsNoTracking() on document.PartnerId equals partner.Id into owners
                      from owner in owners.DefaultIfEmpty()
                      orderby document.AddedAt descending
                      select new TrustedDocumentRow(document.Id, document.Name, document.Text, document.PartnerId, owner == null ? null : owner.Name, document.AddedBy, document.AddedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Registers a document; its id, or the problems beside each field. Line ends are stored as LF (a
    /// browser sends a text box's lines with CRLF). When <paramref name="expectedId"/> is given (the id
    /// the partner's tooling computed), the text must hash to it, with or without a final line end.
    /// </summary>
    public async Task<(string? Id, IReadOnlyList<ValidationProblem> Problems)> AddAsync(
        Actor actor, string? name, string? text, Guid? partnerId, string? expectedId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        var problems = new List<ValidationProblem>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > PartnerRules.MaxNameLength)
        {
            problems.Add(new("name", $"请填写名称（最多 {PartnerRules.MaxNameLength} 个字符）。"));
        }

        var document = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(document))
        {
            problems.Add(new("text", "请粘贴 GraphQL 文档。"));
        }
        else if (document.Length > PartnerRules.MaxDocumentLength)
        {
            problems.Add(new("text", $"文档最多 {PartnerRules.MaxDocumentLength:N0} 个字符。"));
        }
        else if (expectedId?.Trim() is { Length: > 0 } expected)
        {
            var matching = new[] { document, document.TrimEnd('\n'), document.TrimEnd('\n') + "\n" }.FirstOrDefault(d => TrustedDocumentIds.Of(d) == expected);
            if (matching is null)
            {
                problems.Add(new("expectedId", $"文本的 ID 是 {TrustedDocumentIds.Of(document)}，与填写的不一致：请确认粘贴的是同一份文档，一字不差。"));
            }

            document = matching ?? document;
        }

        await using var db = store.Create();
        if (partnerId is { } owner && !await db.Partners.AnyAsync(p => p.Id == owner, cancellationToken))
        {
            problems.Add(new("partnerId", "没有这个合作伙伴。"));
        }

        var id = TrustedDocumentIds.Of(document);
        if (problems.Count == 0 && await db.TrustedDocuments.AnyAsync(d => d.Id == id, cancellationToken))
        {
            problems.Add(new("text", $"这份文档已经登记过，ID 是 {id}。"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        db.TrustedDocuments.Add(new TrustedDocumentRecord { Id = id, Name = name!, Text = document, PartnerId = partnerId, AddedBy = actor.Name, AddedAt = time.GetUtcNow() });
        audit.Add(db, actor, AuditAction.TrustedDocumentAdded, detail: $"{name}: {id}");
        await db.SaveChangesAsync(cancellationToken);
        await directory.ReloadAsync(cancellationToken);
        return (id, []);
    }

    /// <exception cref="ContentNotFoundException">No such document.</exception>
    public async Task RemoveAsync(Actor actor, string id, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using (var db = store.Create())
        {
            var document = await db.TrustedDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new ContentNotFoundException($"No trusted document {id}.");
            db.TrustedDocuments.Remove(document);
            audit.Add(db, actor, AuditAction.TrustedDocumentRemoved, detail: $"{document.Name}: {id}");
            await db.SaveChangesAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
    }
}

/// <summary>A trusted document as the screen lists it.</summary>
internal sealed record TrustedDocumentRow(string Id, string Name, string Text, Guid? PartnerId, string? PartnerName, string AddedBy, DateTimeOffset AddedAt);
