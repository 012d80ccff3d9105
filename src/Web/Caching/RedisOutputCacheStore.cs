using Federation.Cms.Snapshot;
using Federation.Web.Redis;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Federation.Web.Caching;

/// <summary>
/// Cached pages in Redis, shared by every node. Each entry is a hash <c>federation:page:{key}</c>
/// holding the page, the outbox cursor of the snapshot it was rendered from (<see cref="PageStamp"/>)
/// and its tags. Evicting a tag writes <c>federation:page-evicted:{tag}</c>: the cursor from which
/// pages with that tag are fresh. Storing and reading are each one Lua script that compares the
/// entry's cursor with its tags' marks, so a page rendered before a publish is refused when stored
/// after the eviction and never served after it, whichever node rendered it and however late it
/// was stored: there is no read-then-delete of a tag set for a store to slip between.
/// </summary>
internal sealed class RedisOutputCacheStore(RedisConnection redis, PublishedSnapshotStore snapshots) : IOutputCacheStore
{
    const string EntryPrefix = "federation:page:";
    const string EvictedPrefix = "federation:page-evicted:";

    /// <summary>A mark outlives every entry it may judge: entries are kept no longer than this.</summary>
    internal static readonly TimeSpan MarkLifetime = TimeSpan.FromDays(1);

    // A page is stale when a tag it carries (or the tag every page carries) was evicted at a later cursor.
    const string Stale = """
        local function stale(prefix, cursor, tags)
          for _, tag in ipairs(tags) do
            local evicted = redis.call('GET', prefix .. tag)
            if evicted and tonumber(evicted) > cursor then return true end
          end
          return false
        end
        """;

    static readonly string Store = Stale + """

        local tags = cjson.decode(ARGV[4])
        if stale(ARGV[1], tonumber(ARGV[3]), tags) then return 0 end
        redis.call('HSET', KEYS[1], 'body', ARGV[2], 'cursor', ARGV[3], 'tags', ARGV[4])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        return 1
        """;

    static readonly string Read = Stale + """

        local entry = redis.call('HMGET', KEYS[1], 'body', 'cursor', 'tags')
        if not entry[1] then return false end
        if stale(ARGV[1], tonumber(entry[2]), cjson.decode(entry[3])) then
          redis.call('DEL', KEYS[1])
          return false
        end
        return entry[1]
        """;

    // Marks only move forward: a node still behind must not make older pages fresh again.
    const string Evict = """
        local current = redis.call('GET', KEYS[1])
        if not current or tonumber(current) < tonumber(ARGV[1]) then
          redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
        else
          redis.call('EXPIRE', KEYS[1], ARGV[2])
        end
        return 1
        """;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        (byte[]?)await redis.Database.ScriptEvaluateAsync(Read, [EntryPrefix + key], [EvictedPrefix]);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var (cursor, shown) = PageStamp.Split(tags);
        var carried = System.Text.Json.JsonSerializer.Serialize((string[])[.. shown, PageStamp.Everything]);
        var lifetime = validFor < MarkLifetime ? validFor : MarkLifetime;
        await redis.Database.ScriptEvaluateAsync(Store, [EntryPrefix + key], [EvictedPrefix, value, cursor, carried, (long)lifetime.TotalMilliseconds]);
    }

    /// <summary>Marks the pages tagged <paramref name="tag"/> rendered before the current snapshot as stale (the dispatcher swaps before it evicts).</summary>
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await redis.Database.ScriptEvaluateAsync(Evict, [EvictedPrefix + tag], [snapshots.Current.Cursor, (long)MarkLifetime.TotalSeconds]);

    /// <summary>Marks every page rendered before the current snapshot as stale, on every node's behalf: after an outage, whose evictions never reached Redis.</summary>
    public ValueTask EvictEverythingAsync() => EvictByTagAsync(PageStamp.Everything, CancellationToken.None);
}
