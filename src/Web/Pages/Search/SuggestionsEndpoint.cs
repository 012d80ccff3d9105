using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Federation.Api.Search;
using Federation.Api.Search.Engine;
using Federation.Cms.Content;
using Federation.Cms.Hosting;
using Federation.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Web.Pages.Search;

/// <summary>
/// <c>/search/suggest?q=</c> and <c>/en/search/suggest?q=</c>: up to eight titles for what a reader
/// has typed so far, with the URL each leads to, for the search boxes' suggestions (site.js). Whatever
/// <c>q</c> holds (nothing, punctuation, query syntax, ten thousand characters) the answer is a
/// 200 with a list, empty when nothing fits.
/// </summary>
internal static class SuggestionsEndpoint
{
    /// <summary>The most titles offered: more than a reader scans while typing.</summary>
    public const int MaxSuggestions = 8;

    // Browsers may keep an answer a minute; the output cache keeps it until a publish (see Api.Caching.CacheTags).
    const string CacheControl = "public, max-age=60";

    // Chinese titles as they are, not as \uXXXX escapes; HTML-sensitive characters stay escaped.
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static IEndpointRouteBuilder MapSearchSuggestions(this IEndpointRouteBuilder app)
    {
        app.MapRead("/search/suggest", (HttpContext context, ISiteSearch search) => GetAsync(context, search, Cultures.Chinese));
        app.MapRead("/en/search/suggest", (HttpContext context, ISiteSearch search) => GetAsync(context, search, Cultures.English));
        return app;
    }

    static async Task<JsonHttpResult<SuggestionList>> GetAsync(HttpContext context, ISiteSearch search, string culture)
    {
        var text = TextCut.WellFormed(context.Request.Query["q"].FirstOrDefault() ?? "").Trim();
        if (text.Length == 0)
        {
            return Answer(context, new SuggestionList("", []), SearchState.Ready);
        }

        // The boxes take at most MaxLength characters: a longer text was not typed into one, and is not echoed either.
        if (text.Length > SearchRequest.MaxLength)
        {
            return Answer(context, new SuggestionList(SearchRequest.Cut(text), []), SearchState.Ready);
        }

        var found = await search.SuggestAsync(text, culture, MaxSuggestions, context.RequestAborted);
        var labels = SiteLabels.For(culture);
        return Answer(
            context,
            new SuggestionList(text, [.. found.Items.Select(s => new SuggestedItem(
                s.Title, ContentRoutes.Item(s.Item, culture), ContentTypeInfo.Of(s.Item.Type).Name, SiteSection.Title(s.Item.Type, labels)))]),
            found.State);
    }

    static JsonHttpResult<SuggestionList> Answer(HttpContext context, SuggestionList list, SearchState state)
    {
        if (state == SearchState.Ready)
        {
            Api.Caching.CacheTags.Tag(context, Api.Caching.CacheTags.AllTypes);
            context.Response.Headers.CacheControl = CacheControl;
        }
        else
        {
            // Nothing to offer yet is no answer to keep: the index will answer in a moment.
            context.Response.Headers.CacheControl = "no-store";
        }

        return TypedResults.Json(list, Json);
    }
}

/// <summary>The titles offered for <paramref name="Query"/>, best first.</summary>
internal sealed record SuggestionList(string Query, IReadOnlyList<SuggestedItem> Suggestions);

/// <summary>One title offered.</summary>
/// <param name="Title">The item's title in the reader's culture (or Chinese).</param>
/// <param name="Url">Its page in the reader's culture.</param>
/// <param name="Type">Its content type as content-export names it: <c>news</c>, <c>standard</c>, …</param>
/// <param name="Section">The name of its section in the reader's culture, shown beside the title.</param>
internal sealed record SuggestedItem(string Title, string Url, string Type, string Section);
