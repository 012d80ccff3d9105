using System.Text;
using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Search.Elasticsearch;

// Federation.Api.Search has the site's own SearchRequest and results (SiteSearch.cs); these are the engine's.

/// <summary>
/// The body of a search (<c>POST /{alias}/_search</c>). The reader's words go in a
/// <c>multi_match</c>, which analyses them as text: quotes, brackets, <c>*</c> or <c>:</c> are
/// punctuation there, never query syntax (no <c>query_string</c> is ever sent).
/// <para>
/// Relevance: every word must appear in some field (<c>cross_fields</c>, <c>operator: and</c>), the
/// title weighing 4, summary, tags and a code's words 2, body and attachment 1; a query that is
/// a standard's code scores 100 more on the code field, so that standard comes first. Recency
/// breaks ties in the sort (score, then date), rather than through a decay function that would
/// let a new item outrank a better match.
/// </para>
/// <para>
/// Filters go in <c>post_filter</c>, so the facet aggregations see every match; each facet is a
/// <c>filter</c> aggregation holding the other facets' filters only: a reader who chose one type
/// still sees how many the other types have.
/// </para>
/// </summary>
internal static class SearchQuery
{
    /// <summary>About how many characters a passage of a long field holds.</summary>
    public const int FragmentSize = 120;

    const double CodeBoost = 100;

    /// <summary>
    /// <c>index.max_result_window</c>'s default: <c>from + size</c> past it is refused, so a page
    /// beyond it is asked as an empty page (the total and facets still come).
    /// </summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>The most years counted: more than the Federation has been publishing.</summary>
    const int MaxYears = 100;

    /// <summary>
    /// Below <c>index.highlight.max_analyzed_offset</c> (1,000,000 by default): past it a field
    /// without offsets is not highlighted, instead of failing the search.
    /// </summary>
    const int MaxAnalyzedOffset = 999_999;

    /// <summary>The name of the <c>terms</c> aggregation inside each facet's <c>filter</c> aggregation.</summary>
    public const string FacetTerms = "counts";

    /// <summary>Whether <paramref name="text"/> holds anything to search for: a letter or a digit.</summary>
    public static bool HasWords(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="request">The request; its <see cref="SearchRequest.TrimmedText"/> has words (<see cref="HasWords"/>).</param>
    public static JsonObject Body(SearchRequest request)
    {
        var text = request.TrimmedText;
        var types = request.Types.Count == 0 ? null : new JsonObject { ["terms"] = new JsonObject { [IndexFields.Type] = new JsonArray([.. request.Types.Distinct().Select(t => JsonValue.Create(t.ToString()))]) } };
        var year = request.Year is { } y ? Term(IndexFields.Year, y) : null;
        var tag = request.Tag is { Length: > 0 } t ? Term(IndexFields.TagsKeyword, t) : null;
        var from = Math.Clamp(request.Offset, 0, MaxResultWindow);
        var body = new JsonObject
        {
            ["from"] = from,
            ["size"] = Math.Min(Math.Clamp(request.Count, 1, SearchRequest.MaxPageSize), MaxResultWindow - from),
            ["track_total_hits"] = true,
            ["track_scores"] = true,
            ["_source"] = new JsonArray(IndexFields.Id, IndexFields.Type, IndexFields.Ends),
            ["query"] = new JsonObject
            {
                ["bool"] = new JsonObject
                {
                    ["filter"] = new JsonArray(InCulture(request.Culture)),
                    ["should"] = new JsonArray(Words(text), Code(text)),
                    ["minimum_should_match"] = 1,
                },
            },
            ["aggs"] = new JsonObject
            {
                [IndexFields.Type] = Facet(AllOf(year, tag), new JsonObject { ["field"] = IndexFields.Type, ["size"] = Enum.GetValues<ContentType>().Length }),
                [IndexFields.Year] = Facet(AllOf(types, tag), new JsonObject { ["field"] = IndexFields.Year, ["size"] = MaxYears, ["order"] = new JsonObject { ["_key"] = "desc" } }),
                [IndexFields.Tags] = Facet(AllOf(types, year), new JsonObject { ["field"] = IndexFields.TagsKeyword, ["size"] = SearchFacets.MaxTags }),
            },
            ["sort"] = request.Order == SearchOrder.Newest
                ? new JsonArray(NewestFirst(), BestFirst(), ByKey())
                : new JsonArray(BestFirst(), NewestFirst(), ByKey()),
            ["highlight"] = Highlight(request.Culture),
        };
        if (AllOf(types, year, tag) is { } filters)
        {
            body["post_filter"] = filters;
        }

        return body;
    }

    public static JsonObject InCulture(string culture) => Term(IndexFields.Culture, culture);

    /// <summary>Dated items newest first, undated ones last.</summary>
    public static JsonObject NewestFirst() => new() { [IndexFields.Date] = new JsonObject { ["order"] = "desc", ["missing"] = "_last" } };

    public static JsonObject BestFirst() => new() { ["_score"] = "desc" };

    /// <summary>The last tie-breaker, so that pages never share or skip a hit.</summary>
    public static JsonObject ByKey() => new() { [IndexFields.Key] = "asc" };

    static JsonObject Words(string text) => new()
    {
        ["multi_match"] = new JsonObject
        {
            ["query"] = text,
            ["type"] = "cross_fields",
            ["operator"] = "and",
            ["fields"] = new JsonArray($"{IndexFields.Title}^4", $"{IndexFields.Summary}^2", $"{IndexFields.Tags}^2", $"{IndexFields.CodeText}^2", IndexFields.Body, IndexFields.Attachment),
        },
    };

    /// <summary>The whole query as a code: the field's normalizer (lower case, one kind of dash) applies to the term too.</summary>
    static JsonObject Code(string text) => new()
    {
        ["term"] = new JsonObject { [IndexFields.Code] = new JsonObject { ["value"] = text, ["boost"] = CodeBoost } },
    };

    static JsonObject Term(string field, JsonNode value) => new() { ["term"] = new JsonObject { [field] = value } };

    static JsonObject? AllOf(params JsonObject?[] filters)
    {
        var present = filters.OfType<JsonObject>().Select(f => f.DeepClone()).ToArray();
        return present.Length == 0 ? null : new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(present) } };
    }

    static JsonObject Facet(JsonObject? otherFilters, JsonObject terms) => new()
    {
        ["filter"] = otherFilters ?? new JsonObject { ["match_all"] = new JsonObject() },
        ["aggs"] = new JsonObject { [FacetTerms] = new JsonObject { ["terms"] = terms } },
    };

    static JsonObject Highlight(string culture)
    {
        var fields = new JsonObject();
        foreach (var field in SearchFields.Highlighted)
        {
            fields[field] = HighlightReader.IsWhole(field)
                ? new JsonObject { ["number_of_fragments"] = 0 }
                : new JsonObject { ["fragment_size"] = FragmentSize, ["number_of_fragments"] = 1 };
        }

        return new JsonObject
        {
            ["type"] = "unified",
            ["pre_tags"] = new JsonArray(HighlightMarks.Open.ToString()),
            ["post_tags"] = new JsonArray(HighlightMarks.Close.ToString()),
            ["boundary_scanner"] = "sentence",
            ["boundary_scanner_locale"] = culture,
            ["max_analyzed_offset"] = MaxAnalyzedOffset,
            ["fields"] = fields,
        };
    }
}
