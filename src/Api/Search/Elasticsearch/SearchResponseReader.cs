using System.Text.Json;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Search.Elasticsearch;

// Federation.Api.Search has the site's own SearchRequest and results (SiteSearch.cs); these are the engine's.

/// <summary>
/// Reads a search response (<c>hits.total</c>, <c>hits.hits[]._source</c>, <c>_score</c>,
/// <c>highlight</c>, and the facets' <c>aggregations</c>) into the engine's results. A hit whose
/// source is not one of ours (no id, an unknown type) is left out rather than failing the page.
/// See https://www.elastic.co/guide/en/elasticsearch/reference/8.15/search-search.html#search-api-response-body
/// </summary>
internal static class SearchResponseReader
{
    public static SearchResults Results(JsonElement response)
    {
        var hits = response.Field("hits");
        var found = new List<SearchHit>();
        foreach (var hit in hits.Field("hits").Items())
        {
            var source = hit.Field("_source");
            if (Identify(source) is var (id, type))
            {
                var highlights = HighlightReader.Read(hit.Field("highlight"), source.Field(IndexFields.Ends));
                found.Add(new SearchHit(id, type, hit.Field("_score").DoubleOrNull() ?? 0, highlights));
            }
        }

        var aggregations = response.Field("aggregations");
        var facets = new SearchFacets(
            Counts<ContentType>(aggregations, IndexFields.Type, TryType),
            Counts<int>(aggregations, IndexFields.Year, TryYear),
            Counts<string>(aggregations, IndexFields.Tags, TryTag));
        return new SearchResults(found, hits.Field("total").Field("value").Int32OrNull() ?? found.Count, facets);
    }

    public static IReadOnlyList<Suggestion> Suggestions(JsonElement response)
    {
        var suggestions = new List<Suggestion>();
        foreach (var hit in response.Field("hits").Field("hits").Items())
        {
            var source = hit.Field("_source");
            if (Identify(source) is var (id, type) && source.Field(IndexFields.Title).StringOrNull() is { Length: > 0 } title)
            {
                suggestions.Add(new Suggestion(id, type, title));
            }
        }

        return suggestions;
    }

    static (Guid Id, ContentType Type)? Identify(JsonElement source) =>
        Guid.TryParse(source.Field(IndexFields.Id).StringOrNull(), out var id) && TryType(source.Field(IndexFields.Type), out var type)
            ? (id, type)
            : null;

    /// <summary>A type by the name the index keeps (<see cref="ContentType"/>'s member names), never a number.</summary>
    static bool TryType(JsonElement name, out ContentType type)
    {
        type = default;
        return name.StringOrNull() is { Length: > 0 } text && !char.IsAsciiDigit(text[0]) && Enum.TryParse(text, out type) && Enum.IsDefined(type);
    }

    static bool TryYear(JsonElement key, out int year)
    {
        year = key.Int32OrNull() ?? 0;
        return key.Int32OrNull() is not null;
    }

    static bool TryTag(JsonElement key, out string tag)
    {
        tag = key.StringOrNull() ?? "";
        return tag.Length > 0;
    }

    delegate bool KeyReader<T>(JsonElement key, out T value);

    /// <summary>The buckets of a facet's <c>terms</c> aggregation, in the order Elasticsearch gives them.</summary>
    static List<FacetCount<T>> Counts<T>(JsonElement aggregations, string facet, KeyReader<T> read)
    {
        var counts = new List<FacetCount<T>>();
        foreach (var bucket in aggregations.Field(facet).Field(SearchQuery.FacetTerms).Field("buckets").Items())
        {
            if (read(bucket.Field("key"), out var key) && bucket.Field("doc_count").Int32OrNull() is { } count)
            {
                counts.Add(new FacetCount<T>(key, count));
            }
        }

        return counts;
    }
}
