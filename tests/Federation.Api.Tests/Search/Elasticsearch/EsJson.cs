using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;

namespace Federation.Api.Tests.Search.Elasticsearch;

/// <summary>
/// Answers in the shapes the Elasticsearch 8 REST reference shows (create index, refresh, aliases,
/// bulk, search with hits, highlight and aggregations, and its error object).
/// </summary>
internal static class EsJson
{
    public const string Acknowledged = """{"acknowledged":true}""";

    public const string Refreshed = """{"_shards":{"total":1,"successful":1,"failed":0}}""";

    public static string IndexCreated(string index) => $$"""{"acknowledged":true,"shards_acknowledged":true,"index":"{{index}}"}""";

    /// <summary>GET /_alias/{alias}: each index the alias points to, with its aliases.</summary>
    public static string AliasOn(params string[] indexes) =>
        new JsonObject(indexes.Select(i => KeyValuePair.Create(i, (JsonNode?)new JsonObject { ["aliases"] = new JsonObject { [FakeCluster.Alias] = new JsonObject() } }))).ToJsonString();

    public static ClusterAnswer Error(int status, string type, string reason) => new(status, new JsonObject
    {
        ["error"] = new JsonObject
        {
            ["root_cause"] = new JsonArray(new JsonObject { ["type"] = type, ["reason"] = reason }),
            ["type"] = type,
            ["reason"] = reason,
        },
        ["status"] = status,
    }.ToJsonString());

    public static ClusterAnswer NotFound(string index) => Error(404, "index_not_found_exception", $"no such index [{index}]");

    /// <summary>A bulk answer where every action of <paramref name="request"/> succeeded (a delete of a missing document is <c>not_found</c>, no error).</summary>
    public static ClusterAnswer BulkAccepted(ClusterRequest request) => ClusterAnswer.Ok(Bulk(request, _ => null));

    /// <summary>A bulk answer where the action on <paramref name="failedId"/> failed with <paramref name="status"/>.</summary>
    public static string Bulk(ClusterRequest request, string failedId, int status, string type, string reason) =>
        Bulk(request, id => id == failedId ? (status, type, reason) : null);

    static string Bulk(ClusterRequest request, Func<string, (int Status, string Type, string Reason)?> failure)
    {
        var items = new JsonArray();
        var failed = false;
        foreach (var line in request.NdjsonLines)
        {
            var (action, meta) = line.AsObject().First();
            if (action is not ("index" or "delete"))
            {
                continue;
            }

            var id = (string)meta!["_id"]!;
            var item = new JsonObject { ["_index"] = "federation-content-20261126030229123", ["_id"] = id };
            if (failure(id) is var (status, type, reason))
            {
                failed = true;
                item["status"] = status;
                item["error"] = new JsonObject { ["type"] = type, ["reason"] = reason, ["index_uuid"] = "aAsFqTI0Tc2W0LCWgPNrOA", ["shard"] = "0", ["index"] = "federation-content-20261126030229123" };
            }
            else
            {
                item["_version"] = 1;
                item["result"] = action == "index" ? "created" : "not_found";
                item["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["failed"] = 0 };
                item["status"] = action == "index" ? 201 : 404;
                item["_seq_no"] = 0;
                item["_primary_term"] = 1;
            }

            items.Add(new JsonObject { [action] = item });
        }

        return new JsonObject { ["took"] = 30, ["errors"] = failed, ["items"] = items }.ToJsonString();
    }

    /// <summary>A search answer: <paramref name="total"/> matches, these hits, these aggregations.</summary>
    public static string Search(int total, IEnumerable<JsonObject> hits, JsonObject? aggregations = null)
    {
        var list = new JsonArray([.. hits]);
        var response = new JsonObject
        {
            ["took"] = 5,
            ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 },
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = total, ["relation"] = "eq" },
                ["max_score"] = list.Count == 0 ? null : list[0]!["_score"]?.DeepClone(),
                ["hits"] = list,
            },
        };
        if (aggregations is not null)
        {
            response["aggregations"] = aggregations;
        }

        return response.ToJsonString();
    }

    /// <summary>A hit as the engine asks for it: <c>_source</c> id, type (and ends), <c>highlight</c> field → passages.</summary>
    public static JsonObject Hit(Guid id, ContentType type, double score, JsonObject? highlight = null, JsonObject? ends = null, string? culture = Cultures.Chinese)
    {
        var source = new JsonObject { ["id"] = id.ToString("D"), ["type"] = type.ToString() };
        if (ends is not null)
        {
            source["ends"] = ends;
        }

        var hit = new JsonObject
        {
            ["_index"] = "federation-content-20261126030229123",
            ["_id"] = SearchDocument.KeyOf(id, culture!),
            ["_score"] = score,
            ["_source"] = source,
        };
        if (highlight is not null)
        {
            hit["highlight"] = highlight;
        }

        return hit;
    }

    /// <summary>A facet as the engine asks for it: a filter aggregation holding a terms aggregation named <c>counts</c>.</summary>
    public static JsonObject Facet(int docCount, params (JsonNode Key, int Count)[] buckets) => new()
    {
        ["doc_count"] = docCount,
        ["counts"] = new JsonObject
        {
            ["doc_count_error_upper_bound"] = 0,
            ["sum_other_doc_count"] = 0,
            ["buckets"] = new JsonArray([.. buckets.Select(b => new JsonObject { ["key"] = b.Key.DeepClone(), ["doc_count"] = b.Count })]),
        },
    };
}
