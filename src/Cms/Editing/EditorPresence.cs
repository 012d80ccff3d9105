using System.Collections.Concurrent;
using Federation.Cms.Users;

namespace Federation.Cms.Editing;

/// <summary>
/// Who has which item open in the back office. Each open edit page says so every 15 seconds; one
/// not heard from for 45 seconds has gone. Kept in memory: DESIGN.md gives the back office one
/// editing node (<c>Hosting:Roles</c> <c>cms</c>).
/// </summary>
internal sealed class EditorPresence(TimeProvider time)
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    static readonly TimeSpan Gone = Heartbeat * 3;

    readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, (string Name, DateTimeOffset Seen)>> open = new();

    /// <summary>Notes that <paramref name="actor"/> has the item open; returns the others who have it open too.</summary>
    public IReadOnlyList<string> Touch(Guid itemId, Actor actor)
    {
        var now = time.GetUtcNow();
        var editors = open.GetOrAdd(itemId, _ => new ConcurrentDictionary<string, (string, DateTimeOffset)>());
        editors[actor.UserId] = (actor.Name, now);
        foreach (var (user, (_, seen)) in editors)
        {
            if (now - seen > Gone)
            {
                editors.TryRemove(user, out _);
            }
        }

        return [.. editors.Where(e => e.Key != actor.UserId).Select(e => e.Value.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>Notes that <paramref name="actor"/> closed the item.</summary>
    public void Leave(Guid itemId, Actor actor)
    {
        if (open.TryGetValue(itemId, out var editors))
        {
            editors.TryRemove(actor.UserId, out _);
        }
    }
}
