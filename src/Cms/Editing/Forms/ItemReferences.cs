using Federation.Cms.Content;
using Federation.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Editing.Forms;

/// <summary>
/// How the form names other items: one per line as <c>folder/slug</c> (<c>forums/urban-renewal-forum</c>),
/// a bare slug where the field takes one type only, or an id.
/// </summary>
internal sealed class ItemReferences(ContentDbContextFactory store)
{
    /// <summary>The lines the form shows for <paramref name="ids"/>; an id the store no longer has stays as the id.</summary>
    public async Task<string> DescribeAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return "";
        }

        await using var db = store.Create();
        var found = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Type, i.ChineseSlug }).ToDictionaryAsync(i => i.Id, cancellationToken);
        return string.Join('\n', ids.Select(id => found.TryGetValue(id, out var item) ? $"{ContentTypeInfo.Of(item.Type).Folder}/{item.ChineseSlug}" : id.ToString()));
    }

    /// <summary>The titles of <paramref name="ids"/>, for showing beside the field.</summary>
    public async Task<IReadOnlyDictionary<Guid, (ContentType Type, string Title)>> TitlesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, (ContentType, string)>();
        }

        await using var db = store.Create();
        var rows = await db.Items.AsNoTracking().Where(i => wanted.Contains(i.Id)).Select(i => new { i.Id, i.Type, i.ChineseTitle }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => (r.Type, r.ChineseTitle));
    }

    /// <summary>Reads the lines of a field; each line that names no item is a problem naming that line.</summary>
    public async Task<(List<Guid> Ids, List<string> Problems)> ResolveAsync(IEnumerable<string> lines, ContentType? target, CancellationToken cancellationToken = default)
    {
        var ids = new List<Guid>();
        var problems = new List<string>();
        await using var db = store.Create();
        foreach (var line in lines)
        {
            var (type, slug) = Split(line, target);
            Guid? id = Guid.TryParse(line, out var parsed)
                ? await db.Items.AnyAsync(i => i.Id == parsed && (target == null || i.Type == target), cancellationToken) ? parsed : null
                : type is { } t
                    ? await db.Items.Where(i => i.Type == t && (i.ChineseSlug == slug || i.EnglishSlug == slug)).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken)
                    : null;
            if (id is { } found)
            {
                if (!ids.Contains(found))
                {
                    ids.Add(found);
                }
            }
            else
            {
                problems.Add(type is null && !Guid.TryParse(line, out _)
                    ? $"“{line}”：请写成“栏目/别名”，如 forums/urban-renewal-forum，或写 ID。"
                    : $"“{line}”：没有这项内容。");
            }
        }

        return (ids, problems);
    }

    static (ContentType? Type, string Slug) Split(string line, ContentType? target)
    {
        var slash = line.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return (target, line);
        }

        var folder = ContentTypeInfo.All.FirstOrDefault(t => t.Folder == line[..slash]);
        return (folder is null || (target is { } only && folder.Type != only) ? null : folder.Type, line[(slash + 1)..]);
    }
}
