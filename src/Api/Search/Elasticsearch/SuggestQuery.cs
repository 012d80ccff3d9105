using System.Text.Json.Nodes;
using Federation.Api.Search.Engine;

namespace Federation.Api.Search.Elasticsearch;

// Federation.Api.Search has the site's own SearchRequest and results (SiteSearch.cs); these are the engine's.

/// <summary>
/// The body of a suggestion search: titles in the culture holding what was typed as a phrase whose
/// last word may be unfinished (<c>match_phrase_prefix</c>), those beginning with it first
/// (<c>title.prefix</c>, the title's edge n-grams); then newest first.
/// </summary>
internal static class SuggestQuery
{
    /// <summary>The longest text looked at: a title's start, not a query.</summary>
    public const int MaxLength = 100;

    /// <summary>How many indexed words the unfinished last word may stand for.</summary>
    const int MaxExpansions = 50;

    const double StartsTitleBoost = 2;

    /// <summary>The text cut to <see cref="MaxLength"/> and trimmed.</summary>
    public static string Trimmed(string text) => (text.Length > MaxLength ? text[..MaxLength] : text).Trim();

    /// <summary>The body for <paramref name="text"/> (<see cref="Trimmed"/>, with words: <see cref="SearchQuery.HasWords"/>).</summary>
    public static JsonObject Body(string text, string culture, int count) => new()
    {
        ["size"] = Math.Clamp(count, 1, SearchRequest.MaxPageSize),
        ["_source"] = new JsonArray(IndexFields.Id, IndexFields.Type, IndexFields.Title),
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(SearchQuery.InCulture(culture)),
                ["should"] = new JsonArray(
                    new JsonObject { ["match_phrase_prefix"] = new JsonObject { [IndexFields.Title] = new JsonObject { ["query"] = text, ["max_expansions"] = MaxExpansions } } },
                    new JsonObject { ["match"] = new JsonObject { [IndexFields.TitlePrefix] = new JsonObject { ["query"] = text, ["boost"] = StartsTitleBoost } } }),
                ["minimum_should_match"] = 1,
            },
        },
        ["sort"] = new JsonArray(SearchQuery.BestFirst(), SearchQuery.NewestFirst(), SearchQuery.ByKey()),
    };
}
