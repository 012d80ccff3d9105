using System.Text.Json;
using Federation.Cms.Snapshot;

namespace Federation.Web.Tests.Search.Relevance;

/// <summary>
/// A query of the judged set (judged-queries.json beside this file): what a visitor types, and the
/// items that answer it, judged by reading content-export. Grade 2: what the query is after; 1: answers
/// part of it. Either counts as relevant for the metrics.
/// </summary>
/// <param name="Text">The query as typed.</param>
/// <param name="Culture">The site's language it is typed on: zh-CN or en.</param>
/// <param name="Kind">What sort of query it is (one character, a plural, a place…), for reading the report.</param>
/// <param name="Relevant">The relevant items by <see cref="KeyOf"/>, with their grades.</param>
/// <param name="Note">Why those items, in one line.</param>
internal sealed record JudgedQuery(string Text, string Culture, string Kind, IReadOnlyDictionary<string, int> Relevant, string Note)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The file, from the repository root.</summary>
    public const string File = "tests/Federation.Web.Tests/Search/Relevance/judged-queries.json";

    /// <summary>Every judged query, in the file's order.</summary>
    public static IReadOnlyList<JudgedQuery> All { get; } = Load();

    /// <summary>How the judged set names an item: its type and zh-CN slug, as content-export names its file (<c>page/contact</c>).</summary>
    public static string KeyOf(PublishedItem item) => $"{item.Type.ToString().ToLowerInvariant()}/{item.Document.ChineseText.Slug}";

    public bool IsRelevant(string key) => Relevant.GetValueOrDefault(key) > 0;

    public int RelevantCount => Relevant.Values.Count(grade => grade > 0);

    public override string ToString() => $"{Text} ({Culture})";

    static List<JudgedQuery> Load()
    {
        using var file = System.IO.File.OpenRead(Path.Combine(RepositoryPaths.Root, File));
        return JsonSerializer.Deserialize<JudgedSet>(file, Json)!.Queries;
    }

    sealed record JudgedSet(string About, List<JudgedQuery> Queries);
}
