using Federation.Cms.Content;
using Federation.Cms.Storage;
using Federation.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Catalogue;

/// <summary>
/// The back office's lists: the items of a type with a text filter, a status filter, a sort and
/// paging. Reads only the item rows (titles, status and dates are kept there at every save), so a
/// list of 100,000 items never opens a version.
/// </summary>
internal sealed class ItemCatalogue(ContentDbContextFactory store)
{
    public async Task<CataloguePage> ListAsync(Actor reader, CatalogueQuery query, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var items = db.Items.AsNoTracking().Where(i => i.Type == query.Type);
        if (query.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            // Titles in either language, slugs, or the id itself.
            items = Guid.TryParse(text, out var id)
                ? items.Where(i => i.Id == id)
                : items.Where(i => i.ChineseTitle.Contains(text) || (i.EnglishTitle != null && i.EnglishTitle.Contains(text)) || i.ChineseSlug.Contains(text));
        }

        var total = await items.CountAsync(cancellationToken);
        items = query.Sort switch
        {
            CatalogueSort.Oldest => items.OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id),
            CatalogueSort.Title => items.OrderBy(i => i.ChineseTitle).ThenBy(i => i.Id),
            _ => items.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id),
        };
        var rows = await items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(i => new CatalogueRow(i.Id, i.Type, i.ChineseTitle, i.EnglishTitle, i.Status, i.LatestVersion, i.PublishedVersion, i.UpdatedAt, i.UpdatedBy))
            .ToListAsync(cancellationToken);
        return new CataloguePage(rows, total, query.Page, query.PageSize);
    }

    /// <summary>How many items of each type stand in each status, for the dashboard.</summary>
    public async Task<IReadOnlyDictionary<(ContentType Type, ContentStatus Status), int>> CountAsync(Actor reader, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        var counts = await db.Items.AsNoTracking().GroupBy(i => new { i.Type, i.Status })
            .Select(g => new { g.Key.Type, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => (c.Type, c.Status), c => c.Count);
    }

    /// <summary>Items waiting for review, oldest first, for editors.</summary>
    public async Task<IReadOnlyList<CatalogueRow>> InReviewAsync(Actor reader, int take, CancellationToken cancellationToken = default)
    {
        reader.Demand(CmsCapability.EditContent);
        await using var db = store.Create();
        return await db.Items.AsNoTracking().Where(i => i.Status == ContentStatus.InReview).OrderBy(i => i.UpdatedAt).Take(take)
            .Select(i => new CatalogueRow(i.Id, i.Type, i.ChineseTitle, i.EnglishTitle, i.Status, i.LatestVersion, i.PublishedVersion, i.UpdatedAt, i.UpdatedBy))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>What a list asks for.</summary>
public sealed record CatalogueQuery
{
    public required ContentType Type { get; init; }

    /// <summary>Part of a title (either language) or slug, or an item's id.</summary>
    public string? Text { get; init; }

    public ContentStatus? Status { get; init; }

    public CatalogueSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>List orders.</summary>
public enum CatalogueSort
{
    /// <summary>Most recently saved first.</summary>
    Newest,

    /// <summary>Least recently saved first.</summary>
    Oldest,

    /// <summary>By zh-CN title.</summary>
    Title,
}

/// <summary>One row of a list.</summary>
public sealed record CatalogueRow(
    Guid Id, ContentType Type, string ChineseTitle, string? EnglishTitle, ContentStatus Status, int LatestVersion, int? PublishedVersion,
    DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>A page of a list.</summary>
public sealed record CataloguePage(IReadOnlyList<CatalogueRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
