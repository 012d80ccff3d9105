using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Federation.Cms.Partners;

/// <summary>A partner as the API sees it when a request carries one of its keys.</summary>
/// <param name="PartnerId">The partner's id.</param>
/// <param name="Name">Its name, for logs.</param>
/// <param name="CostPerMinute">Its rate limit: GraphQL query cost per minute.</param>
public sealed record PartnerAccess(Guid PartnerId, string Name, int CostPerMinute);

/// <summary>
/// What the public API asks of the partner registry on every request: whose key this is, whether a
/// browser origin may call, what a trusted document says. Answered from memory, never from the
/// database: the registry is read at start-up, again every <see cref="PartnerOptions.RefreshInterval"/>
/// on every node, and at once on the node where an administrator changes it.
/// </summary>
public sealed partial class PartnerDirectory
{
    /// <summary>A key's last use is written at most this often (per key and node): a busy key costs one update a minute, not one a request.</summary>
    static readonly TimeSpan UseRecordingInterval = TimeSpan.FromMinutes(1);

    readonly ContentDbContextFactory store;
    readonly TimeProvider time;
    readonly ILogger<PartnerDirectory> logger;
    readonly ConcurrentDictionary<Guid, DateTimeOffset> usedSince = new();
    readonly Dictionary<Guid, DateTimeOffset> usesWritten = [];
    Registry registry = Registry.Empty;
    long reloadsStarted;

    internal PartnerDirectory(ContentDbContextFactory store, TimeProvider time, ILogger<PartnerDirectory> logger) =>
        (this.store, this.time, this.logger) = (store, time, logger);

    /// <summary>
    /// The partner whose API key <paramref name="apiKey"/> is; null for a key that is unknown, revoked,
    /// or of an inactive partner. The key's hash is compared in constant time.
    /// </summary>
    public PartnerAccess? FindByApiKey(string apiKey)
    {
        if (ApiKeys.PrefixOf(apiKey) is not { } prefix || !Volatile.Read(ref registry).Keys.TryGetValue(prefix, out var candidates))
        {
            return null;
        }

        var hash = ApiKeys.Hash(apiKey);
        foreach (var candidate in candidates)
        {
            if (CryptographicOperations.FixedTimeEquals(candidate.Hash, hash))
            {
                usedSince[candidate.KeyId] = time.GetUtcNow();
                return candidate.Access;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="origin"/> (a request's <c>Origin</c> header, <c>scheme://host[:port]</c>)
    /// is exactly one of the allowed origins of an active partner.
    /// </summary>
    public bool IsAllowedOrigin(string origin) => origin is not null && Volatile.Read(ref registry).Origins.Contains(origin);

    /// <summary>The text of the trusted document with id <paramref name="documentId"/> (<c>sha256:</c> and 64 lowercase hex digits), or null.</summary>
    public string? FindTrustedDocument(string documentId) => documentId is null ? null : Volatile.Read(ref registry).Documents.GetValueOrDefault(documentId);

    /// <summary>When the registry was last read from the store.</summary>
    internal DateTimeOffset? LoadedAt => Volatile.Read(ref registry).LoadedAt;

    /// <summary>Reads the registry again. Of reloads that overlap, the one started last wins, whichever finishes last: it read the newest state.</summary>
    internal async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        var ticket = Interlocked.Increment(ref reloadsStarted);
        Registry next;
        await using (var db = store.Create())
        {
            var partners = await db.Partners.AsNoTracking().Where(p => p.Active)
                .Select(p => new { p.Id, p.Name, p.CostPerMinute, p.AllowedOrigins, Keys = p.Keys.Where(k => k.RevokedAt == null).Select(k => new { k.Id, k.Prefix, k.Hash }).ToList() })
                .ToListAsync(cancellationToken);
            var documents = await db.TrustedDocuments.AsNoTracking().Select(d => new { d.Id, d.Text }).ToListAsync(cancellationToken);
            var keys = partners
                .SelectMany(p => p.Keys.Select(k => new KeyEntry(k.Id, k.Prefix, k.Hash, new PartnerAccess(p.Id, p.Name, p.CostPerMinute))))
                .GroupBy(k => k.Prefix, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            var origins = partners.SelectMany(p => PartnerRules.Lines(p.AllowedOrigins)).ToFrozenSet(StringComparer.Ordinal);
            next = new Registry(keys, origins, documents.ToFrozenDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal), time.GetUtcNow(), ticket);
        }

        for (var current = Volatile.Read(ref registry); current.Ticket < ticket; current = Volatile.Read(ref registry))
        {
            if (Interlocked.CompareExchange(ref registry, next, current) == current)
            {
                return;
            }
        }
    }

    /// <summary>Writes when keys were last used, for the keys used since their last write a minute or more ago.</summary>
    internal async Task RecordUsesAsync(CancellationToken cancellationToken = default)
    {
        var due = new List<(Guid Key, DateTimeOffset At)>();
        lock (usesWritten)
        {
            foreach (var (key, at) in usedSince)
            {
                if (!usesWritten.TryGetValue(key, out var written) || at - written >= UseRecordingInterval)
                {
                    due.Add((key, at));
                    usesWritten[key] = at;
                }
            }
        }

        if (due.Count == 0)
        {
            return;
        }

        await using var db = store.Create();
        foreach (var (key, at) in due)
        {
            await db.ApiKeys.Where(k => k.Id == key && (k.LastUsedAt == null || k.LastUsedAt < at))
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, at), cancellationToken);
        }

        LogUsesRecorded(due.Count);
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Debug, Message = "Recorded the last use of {Count} API keys")]
    partial void LogUsesRecorded(int count);

    sealed record KeyEntry(Guid KeyId, string Prefix, byte[] Hash, PartnerAccess Access);

    /// <summary>What one reload read; <paramref name="Ticket"/> orders reloads by when they started.</summary>
    sealed record Registry(
        FrozenDictionary<string, KeyEntry[]> Keys, FrozenSet<string> Origins, FrozenDictionary<string, string> Documents, DateTimeOffset? LoadedAt, long Ticket)
    {
        public static Registry Empty { get; } = new(
            FrozenDictionary<string, KeyEntry[]>.Empty, FrozenSet<string>.Empty, FrozenDictionary<string, string>.Empty, null, 0);
    }
}
