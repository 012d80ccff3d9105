using Federation.Cms.Audit;
using Federation.Cms.Content;
using Federation.Cms.Editing;
using Federation.Cms.Publishing;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Partners;

/// <summary>
/// What administrators do with partners and their API keys. Every call checks the actor and every
/// change is audited in its own transaction; the <see cref="PartnerDirectory"/> of this node is
/// reloaded at once, the other nodes' at their next refresh.
/// </summary>
internal sealed class PartnerRegistry(ContentDbContextFactory store, PartnerDirectory directory, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<PartnerRow>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var partners = await db.Partners.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Contact, p.Active, p.CostPerMinute, p.AllowedOrigins, Keys = p.Keys.Count(k => k.RevokedAt == null), Webhooks = p.Webhooks.Count })
            .ToListAsync(cancellationToken);
        return [.. partners.Select(p => new PartnerRow(p.Id, p.Name, p.Contact, p.Active, p.CostPerMinute, [.. PartnerRules.Lines(p.AllowedOrigins)], p.Keys, p.Webhooks))];
    }

    /// <summary>A partner with its keys and webhooks, or null when there is none with that id.</summary>
    public async Task<PartnerDetails?> FindAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using var db = store.Create();
        var partner = await db.Partners.AsNoTracking().Include(p => p.Keys).Include(p => p.Webhooks).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var keys = partner.Keys.OrderBy(k => k.RevokedAt != null).ThenByDescending(k => k.CreatedAt).Select(ApiKeyRow.Of).ToList();
        var webhooks = partner.Webhooks.OrderBy(w => w.CreatedAt).Select(WebhookRow.Of).ToList();
        return new PartnerDetails(
            partner.Id, partner.Name, partner.Contact, partner.Notes, [.. PartnerRules.Lines(partner.AllowedOrigins)], partner.CostPerMinute, partner.Active, partner.CreatedAt, keys, webhooks);
    }

    /// <summary>Registers a partner; its id, or the problems beside each field.</summary>
    public async Task<(Guid? Id, IReadOnlyList<ValidationProblem> Problems)> CreateAsync(Actor actor, PartnerInput input, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        var problems = PartnerRules.Check(input, out var origins);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var now = time.GetUtcNow();
        var partner = new PartnerRecord { Id = Guid.CreateVersion7(now), CreatedAt = now };
        await using (var db = store.Create())
        {
            db.Partners.Add(Apply(partner, input, origins, now));
            audit.Add(db, actor, AuditAction.PartnerChanged, detail: $"{partner.Name}: registered");
            await db.SaveChangesAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
        return (partner.Id, []);
    }

    /// <summary>Changes a partner's details, origins, rate limit and state.</summary>
    /// <exception cref="ContentNotFoundException">No such partner.</exception>
    public async Task<IReadOnlyList<ValidationProblem>> UpdateAsync(Actor actor, Guid id, PartnerInput input, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        var problems = PartnerRules.Check(input, out var origins);
        if (problems.Count > 0)
        {
            return problems;
        }

        await using (var db = store.Create())
        {
            var partner = await db.Partners.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new ContentNotFoundException($"No partner {id}.");
            var wasActive = partner.Active;
            Apply(partner, input, origins, time.GetUtcNow());
            audit.Add(db, actor, AuditAction.PartnerChanged, detail: $"{partner.Name}: {(wasActive == partner.Active ? "changed" : partner.Active ? "switched on" : "switched off")}, {partner.CostPerMinute}/min, origins {string.Join(" ", origins).DefaultIfBlank("none")}");
            await db.SaveChangesAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
        return [];
    }

    /// <summary>Makes an API key for a partner. The key itself is in the answer and nowhere else: only its hash is stored.</summary>
    /// <exception cref="ContentNotFoundException">No such partner.</exception>
    public async Task<(NewApiKey? Key, IReadOnlyList<ValidationProblem> Problems)> CreateKeyAsync(Actor actor, Guid partnerId, string? label, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        if (label?.Length > 100)
        {
            return (null, [new("label", "用途最多 100 个字符。")]);
        }

        var key = ApiKeys.Generate();
        var now = time.GetUtcNow();
        var record = new ApiKeyRecord
        {
            Id = Guid.CreateVersion7(now), PartnerId = partnerId, Label = label, Prefix = key[..ApiKeys.PrefixLength], Hash = ApiKeys.Hash(key),
            CreatedAt = now, CreatedBy = actor.Name,
        };
        await using (var db = store.Create())
        {
            var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == partnerId, cancellationToken) ?? throw new ContentNotFoundException($"No partner {partnerId}.");
            db.ApiKeys.Add(record);
            audit.Add(db, actor, AuditAction.ApiKeyCreated, detail: $"{partner.Name}: {record.Prefix}… {label}".TrimEnd());
            await db.SaveChangesAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
        return (new NewApiKey(ApiKeyRow.Of(record), key), []);
    }

    /// <summary>Revokes a key: requests with it are refused on this node at once, on the others within their refresh interval.</summary>
    /// <exception cref="ContentNotFoundException">No such key of that partner.</exception>
    public async Task RevokeKeyAsync(Actor actor, Guid partnerId, Guid keyId, CancellationToken cancellationToken = default)
    {
        actor.Demand(CmsCapability.ManagePartners);
        await using (var db = store.Create())
        {
            var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.PartnerId == partnerId, cancellationToken) ?? throw new ContentNotFoundException($"No key {keyId}.");
            if (key.RevokedAt is not null)
            {
                return;
            }

            var partner = await db.Partners.AsNoTracking().SingleAsync(p => p.Id == partnerId, cancellationToken);
            (key.RevokedAt, key.RevokedBy) = (time.GetUtcNow(), actor.Name);
            audit.Add(db, actor, AuditAction.ApiKeyRevoked, detail: $"{partner.Name}: {key.Prefix}… {key.Label}".TrimEnd());
            await db.SaveChangesAsync(cancellationToken);
        }

        await directory.ReloadAsync(cancellationToken);
    }

    static PartnerRecord Apply(PartnerRecord partner, PartnerInput input, IReadOnlyList<string> origins, DateTimeOffset now)
    {
        partner.Name = input.Name!.Trim();
        partner.Contact = input.Contact.TrimToNull();
        partner.Notes = input.Notes.TrimToNull();
        partner.AllowedOrigins = string.Join('\n', origins);
        partner.CostPerMinute = int.Parse(input.CostPerMinute!.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        partner.Active = input.Active;
        partner.UpdatedAt = now;
        return partner;
    }
}

/// <summary>A partner as the form gives it: text as typed, checked by <see cref="PartnerRules"/>.</summary>
internal sealed record PartnerInput(string? Name, string? Contact, string? Notes, string? AllowedOrigins, string? CostPerMinute, bool Active);

/// <summary>A partner in the list.</summary>
internal sealed record PartnerRow(Guid Id, string Name, string? Contact, bool Active, int CostPerMinute, IReadOnlyList<string> Origins, int Keys, int Webhooks);

/// <summary>A partner with its keys and webhooks.</summary>
internal sealed record PartnerDetails(
    Guid Id, string Name, string? Contact, string? Notes, IReadOnlyList<string> Origins, int CostPerMinute, bool Active, DateTimeOffset CreatedAt,
    IReadOnlyList<ApiKeyRow> Keys, IReadOnlyList<WebhookRow> Webhooks)
{
    /// <summary>What the edit form shows before anything is typed.</summary>
    public PartnerInput AsInput() => new(Name, Contact, Notes, string.Join('\n', Origins), CostPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), Active);
}

/// <summary>An API key as the partner screen shows it: never the key itself.</summary>
internal sealed record ApiKeyRow(Guid Id, string? Label, string Prefix, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, string? RevokedBy)
{
    public static ApiKeyRow Of(ApiKeyRecord key) => new(key.Id, key.Label, key.Prefix, key.CreatedAt, key.CreatedBy, key.LastUsedAt, key.RevokedAt, key.RevokedBy);
}

/// <summary>A key just made: <see cref="Key"/> is shown this once.</summary>
internal sealed record NewApiKey(ApiKeyRow Row, string Key);

/// <summary>A webhook as the partner and webhook screens show it.</summary>
internal sealed record WebhookRow(Guid Id, Guid PartnerId, string Url, bool OnPublished, bool OnUnpublished, IReadOnlyList<ContentType> ContentTypes, bool Active, DateTimeOffset CreatedAt)
{
    public static WebhookRow Of(WebhookRecord webhook) =>
        new(webhook.Id, webhook.PartnerId, webhook.Url, webhook.OnPublished, webhook.OnUnpublished, WebhookSubscription.Types(webhook.ContentTypes), webhook.Active, webhook.CreatedAt);
}

/// <summary>How the registry tidies what was typed.</summary>
internal static class PartnerText
{
    public static string? TrimToNull(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string DefaultIfBlank(this string text, string fallback) => text.Length == 0 ? fallback : text;
}
