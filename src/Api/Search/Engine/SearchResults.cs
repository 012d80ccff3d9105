using Federation.Cms.Content;

namespace Federation.Api.Search.Engine;

/// <summary>What an engine found: one page of hits, how many there are, and the facet counts.</summary>
/// <param name="Hits">The page of hits, in the order asked for.</param>
/// <param name="Total">How many items match the query and all filters.</param>
/// <param name="Facets">Counts of the matching items by type, year and tag.</param>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, SearchFacets Facets)
{
    /// <summary>Nothing found.</summary>
    public static SearchResults None { get; } = new([], 0, SearchFacets.None);
}

/// <summary>One item found.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Type">The item's type.</param>
/// <param name="Score">How well it matched; comparable only within one search.</param>
/// <param name="Highlights">Passages of its text with the matched words marked, best first: the title's first when the title matched.</param>
public sealed record SearchHit(Guid Id, ContentType Type, double Score, IReadOnlyList<Highlight> Highlights);

/// <summary>A passage of one field's plain text, with the spans that matched the query.</summary>
/// <param name="Field">Which field it comes from: one of <see cref="SearchFields"/>.</param>
/// <param name="Text">The passage as plain text; "…" at either end where it was cut.</param>
/// <param name="Marks">The matched spans, in order, not overlapping.</param>
public sealed record Highlight(string Field, string Text, IReadOnlyList<MarkedSpan> Marks);

/// <summary>A span of a highlight's text: <paramref name="Length"/> characters from <paramref name="Start"/>.</summary>
public readonly record struct MarkedSpan(int Start, int Length);

/// <summary>
/// Counts of matching items. Each facet is counted with the other facets' filters applied but not
/// its own, so a reader who chose one type still sees how many the other types have.
/// </summary>
/// <param name="Types">Per content type, most first.</param>
/// <param name="Years">Per year, newest first.</param>
/// <param name="Tags">Per tag, most first, at most <see cref="MaxTags"/>.</param>
public sealed record SearchFacets(IReadOnlyList<FacetCount<ContentType>> Types, IReadOnlyList<FacetCount<int>> Years, IReadOnlyList<FacetCount<string>> Tags)
{
    /// <summary>The most tags counted.</summary>
    public const int MaxTags = 20;

    /// <summary>No counts.</summary>
    public static SearchFacets None { get; } = new([], [], []);
}

/// <summary>How many matching items have <paramref name="Value"/>.</summary>
public sealed record FacetCount<T>(T Value, int Count);

/// <summary>A title offered while a reader types.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Type">The item's type.</param>
/// <param name="Title">The title in the reader's culture (or Chinese), as plain text.</param>
public sealed record Suggestion(Guid Id, ContentType Type, string Title);

/// <summary>The names of the fields an item is searched by, as highlights name them.</summary>
public static class SearchFields
{
    /// <summary>The title: weighs most.</summary>
    public const string Title = "title";

    /// <summary>The summary, and a standard's scope.</summary>
    public const string Summary = "summary";

    /// <summary>The tags.</summary>
    public const string Tags = "tags";

    /// <summary>The body and the type's other words (a showcase's typical cases, a forum's venue).</summary>
    public const string Body = "body";

    /// <summary>The text of an attached PDF: a standard's full text.</summary>
    public const string Attachment = "attachment";

    /// <summary>The fields passages are highlighted from, in the order a reader reads them: the title's first.</summary>
    public static IReadOnlyList<string> Highlighted { get; } = [Title, Summary, Tags, Body, Attachment];
}
