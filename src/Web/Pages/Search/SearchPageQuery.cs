using System.Globalization;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Web.Site;

namespace Federation.Web.Pages.Search;

/// <summary>
/// The search page's query string, both ways: <c>q</c>, <c>type</c>, <c>year</c>, <c>tag</c>,
/// <c>sort</c> and <c>page</c> read from a request, and written back as the one URL that asks for
/// them. A value that cannot be read (year=abc, page=-1, an unknown type or sort) is ignored: search
/// is for readers typing and following links, so it never answers with an error.
/// </summary>
internal sealed record SearchPageQuery
{
    /// <summary>The words, trimmed and cut to <see cref="SearchRequest.MaxLength"/>.</summary>
    public string Text { get; init; } = "";

    public ContentType? Type { get; init; }

    public int? Year { get; init; }

    public string? Tag { get; init; }

    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    /// <summary>The page number, from 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Whether a year or a tag narrows the results.</summary>
    public bool IsNarrowed => Year is not null || Tag is not null;

    public static SearchPageQuery Parse(IQueryCollection values)
    {
        string? Value(string key) => values[key].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        return new SearchPageQuery
        {
            Text = Cut(Value("q") ?? ""),
            Type = ContentRoutes.FromSegment(Value("type")),
            Year = int.TryParse(Value("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999 ? year : null,
            Tag = Value("tag") is { } tag ? Cut(tag) : null,
            Order = Value("sort") == "newest" ? SearchOrder.Newest : SearchOrder.Relevance,
            Page = int.TryParse(Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
        };
    }

    /// <summary>What the engine is asked for: this query's page of <paramref name="pageSize"/> results in <paramref name="culture"/>.</summary>
    public SearchRequest ToRequest(string culture, int pageSize) => new()
    {
        Text = Text,
        Culture = culture,
        Types = Type is { } type ? [type] : [],
        Year = Year,
        Tag = Tag,
        Order = Order,
        // A page far past the end asks for an offset the engine clamps; the page then finds nothing and falls back to page 1.
        Offset = (int)Math.Min((long)(Page - 1) * pageSize, int.MaxValue),
        Count = pageSize,
    };

    /// <summary>The URL of this query on the search page in <paramref name="culture"/>, keys in a fixed order, page 1 left out.</summary>
    public string Url(string culture)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("q", Text) };
        if (Type is { } type)
        {
            pairs.Add(new("type", ContentRoutes.Segment(type)));
        }

        if (Year is { } year)
        {
            pairs.Add(new("year", year.ToString(CultureInfo.InvariantCulture)));
        }

        if (Tag is { } tag)
        {
            pairs.Add(new("tag", tag));
        }

        if (Order == SearchOrder.Newest)
        {
            pairs.Add(new("sort", "newest"));
        }

        if (Page > 1)
        {
            pairs.Add(new("page", Page.ToString(CultureInfo.InvariantCulture)));
        }

        return SiteCulture.Localize("/search", culture) + QueryString.Create(pairs);
    }

    static string Cut(string text) => SearchRequest.Cut(text);
}
