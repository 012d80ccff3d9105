using Federation.Cms.Content;

namespace Federation.Api.Search.Engine;

/// <summary>What a reader searches for, and how the results are narrowed, ordered and paged.</summary>
public sealed record SearchRequest
{
    /// <summary>The longest query looked at; the rest of a longer one is ignored, never refused.</summary>
    public const int MaxLength = 256;

    /// <summary>The most results on one page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The words as typed. Query syntax means nothing: quotes, brackets and operators are punctuation.</summary>
    public string Text { get; init; } = "";

    /// <summary>The reader's culture: items are matched in it, falling back to zh-CN where an item has no text in it.</summary>
    public string Culture { get; init; } = Cultures.Chinese;

    /// <summary>Only these content types; empty means all.</summary>
    public IReadOnlyCollection<ContentType> Types { get; init; } = [];

    /// <summary>Only items of this year (of <see cref="SearchDocument.Date"/>).</summary>
    public int? Year { get; init; }

    /// <summary>Only items with this tag, compared exactly.</summary>
    public string? Tag { get; init; }

    /// <summary>Best match first, or newest first.</summary>
    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    /// <summary>How many results to skip.</summary>
    public int Offset { get; init; }

    /// <summary>How many results to return, 1 to <see cref="MaxPageSize"/>.</summary>
    public int Count { get; init; } = 20;

    /// <summary>The query cut to <see cref="MaxLength"/> characters and trimmed.</summary>
    public string TrimmedText => Cut(Text);

    /// <summary><paramref name="text"/> cut by whole characters to <see cref="MaxLength"/> (<see cref="TextCut"/>) and trimmed: the one cut of every query and suggestion.</summary>
    public static string Cut(string text) => TextCut.ToLength(text, MaxLength).Trim();
}

/// <summary>How results are ordered.</summary>
public enum SearchOrder
{
    /// <summary>Best match first; among equal matches, newest first.</summary>
    Relevance,

    /// <summary>Newest first (by <see cref="SearchDocument.Date"/>); undated items last.</summary>
    Newest,
}
