using System.Text.Json;
using System.Text.Json.Nodes;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>
/// Pages of every document's key and stamp, in key order: <c>search_after</c> the last key of
/// the page before, <see cref="PageSize"/> at a time, with no total counted.
/// See https://www.elastic.co/guide/en/elasticsearch/reference/8.15/paginate-search-results.html#search-after
/// </summary>
internal static class StampPages
{
    public const int PageSize = 5_000;

    public static JsonObject Body(string? after)
    {
        var body = new JsonObject
        {
            ["size"] = PageSize,
            ["track_total_hits"] = false,
            ["_source"] = new JsonArray(IndexFields.Key, IndexFields.Stamp),
            ["query"] = new JsonObject { ["match_all"] = new JsonObject() },
            ["sort"] = new JsonArray(SearchQuery.ByKey()),
        };
        if (after is not null)
        {
            body["search_after"] = new JsonArray(after);
        }

        return body;
    }

    /// <summary>Adds a page's stamps; returns how many hits it held and the last key.</summary>
    public static (int Read, string? Last) Read(JsonElement response, Dictionary<string, string> stamps)
    {
        var read = 0;
        string? last = null;
        foreach (var hit in response.Field("hits").Field("hits").Items())
        {
            read++;
            var source = hit.Field("_source");
            if (source.Field(IndexFields.Key).StringOrNull() is { } key)
            {
                stamps[key] = source.Field(IndexFields.Stamp).StringOrNull() ?? "";
                last = key;
            }
        }

        return (read, last);
    }
}
