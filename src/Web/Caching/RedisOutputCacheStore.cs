using Federation.Web.Redis;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Federation.Web.Caching;

/// <summary>
/// Cached pages in Redis, shared by every node: each entry under <c>federation:page:{key}</c> for its
/// lifetime, each tag a set <c>federation:page-tag:{tag}</c> of the entries it names.
/// </summary>
internal sealed class RedisOutputCacheStore(RedisConnection redis) : IOutputCacheStore
{
    const string EntryPrefix = "federation:page:";
    const string TagPrefix = "federation:page-tag:";

    /// <summary>Tag sets outlive the entries they name by this much; an entry gone by expiry simply is not found.</summary>
    static readonly TimeSpan TagSlack = TimeSpan.FromHours(1);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await redis.Database.StringGetAsync(EntryPrefix + key);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var database = redis.Database;
        var batch = database.CreateBatch();
        var writes = new List<Task> { batch.StringSetAsync(EntryPrefix + key, value, validFor) };
        foreach (var tag in tags ?? [])
        {
            writes.Add(batch.SetAddAsync(TagPrefix + tag, EntryPrefix + key));
            writes.Add(batch.KeyExpireAsync(TagPrefix + tag, validFor + TagSlack));
        }

        batch.Execute();
        await Task.WhenAll(writes);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        var database = redis.Database;
        var entries = await database.SetMembersAsync(TagPrefix + tag);
        await database.KeyDeleteAsync([.. entries.Select(e => (RedisKey)(string)e!), TagPrefix + tag]);
    }

    /// <summary>Removes every cached page, on every node's behalf.</summary>
    public async Task ClearAsync()
    {
        foreach (var endpoint in redis.Multiplexer.GetEndPoints())
        {
            var server = redis.Multiplexer.GetServer(endpoint);
            if (!server.IsConnected || server.IsReplica)
            {
                continue;
            }

            foreach (var prefix in new[] { EntryPrefix, TagPrefix })
            {
                var keys = new List<RedisKey>();
                await foreach (var key in server.KeysAsync(pattern: prefix + "*", pageSize: 500))
                {
                    keys.Add(key);
                    if (keys.Count == 500)
                    {
                        await redis.Database.KeyDeleteAsync([.. keys]);
                        keys.Clear();
                    }
                }

                if (keys.Count > 0)
                {
                    await redis.Database.KeyDeleteAsync([.. keys]);
                }
            }
        }
    }
}
