using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;

namespace Federation.Api.Search;

/// <summary>What a reader searches for.</summary>
/// <param name="Text">The words as typed; cut to <see cref="MaxLength"/> characters.</param>
/// <param name="Culture">The reader's culture: items are matched and shown in it, falling back to zh-CN.</param>
/// <param name="Types">The content types to search; empty means all.</param>
/// <param name="Page">The page of results, from 1.</param>
/// <param name="PageSize">Results per page, at most <see cref="ContentDelivery.MaxPageSize"/>.</param>
public sealed record SearchRequest(string Text, string Culture, IReadOnlyCollection<ContentType> Types, int Page = 1, int PageSize = ContentDelivery.DefaultPageSize)
{
    /// <summary>The longest query looked at; the rest of a longer one is ignored.</summary>
    public const int MaxLength = 256;
}

/// <summary>One item found.</summary>
/// <param name="Item">The published item.</param>
/// <param name="Fragment">A short passage of its text around the first match, as plain text; null when only the title matched.</param>
/// <param name="Terms">The words matched, for highlighting.</param>
public sealed record SearchHit(PublishedItem Item, string? Fragment, IReadOnlyList<string> Terms);

/// <summary>A page of results and how many were found of each type.</summary>
/// <param name="Hits">The page of hits, best first.</param>
/// <param name="TypeCounts">Hits per content type, before the type filter.</param>
public sealed record SearchResults(ResultPage<SearchHit> Hits, IReadOnlyDictionary<ContentType, int> TypeCounts);

/// <summary>Full-text search over published content, in the reader's culture.</summary>
public interface ISiteSearch
{
    /// <summary>Finds published items for <paramref name="request"/>. A query with no words finds nothing; it never throws for what a reader typed.</summary>
    SearchResults Search(SearchRequest request);
}
