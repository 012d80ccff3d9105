using System.Net;
using System.Text.Json;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Elasticsearch;

/// <summary>
/// Checks a bulk response. The bulk API answers 200 even when items failed: <c>errors</c> says
/// whether any did, and each failed item carries its <c>_id</c>, <c>status</c> and
/// <c>error.type</c>/<c>error.reason</c>. A delete of a document that is not there
/// (<c>result: not_found</c>) has no error and is fine.
/// </summary>
internal static class BulkResponse
{
    /// <summary>How many failed documents an exception names.</summary>
    const int Named = 3;

    /// <exception cref="SearchUnavailableException">Every failed item was refused for now (429, or 5xx): the cluster is busy or short of shards.</exception>
    /// <exception cref="InvalidOperationException">Items failed for good (a mapping conflict, a missing alias…); the message names them.</exception>
    public static void ThrowOnFailure(JsonElement response, string cluster)
    {
        if (response.Field("errors").ValueKind != JsonValueKind.True)
        {
            return;
        }

        var failures = new List<(string Id, int Status, string Reason)>();
        var count = 0;
        foreach (var item in response.Field("items").Items())
        {
            count++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var action in item.EnumerateObject())
            {
                if (action.Value.Field("error") is { ValueKind: JsonValueKind.Object } error)
                {
                    var id = action.Value.Field("_id").StringOrNull() ?? "(no id)";
                    var status = action.Value.Field("status").Int32OrNull() ?? 0;
                    failures.Add((id, status, $"{action.Name} {status}: {ClusterError.Describe(error)}"));
                }
            }
        }

        var named = string.Join("; ", failures.Take(Named).Select(f => $"{f.Id} ({f.Reason})"));
        var more = failures.Count > Named ? $"; and {failures.Count - Named} more" : "";
        var message = $"Elasticsearch at {cluster} refused {failures.Count} of {count} documents: {named}{more}";
        if (failures.Count > 0 && failures.All(f => f.Status is (int)HttpStatusCode.TooManyRequests or >= 500))
        {
            throw new SearchUnavailableException(message);
        }

        throw new InvalidOperationException(failures.Count > 0 ? message : $"Elasticsearch at {cluster} reported errors in a bulk request but named no failed document");
    }
}
