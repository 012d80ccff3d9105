using System.Net;
using System.Text.RegularExpressions;
using Federation.Api.Delivery;
using Federation.Cms.Content;
using Federation.Cms.Snapshot;

namespace Federation.Api.Search;

/// <summary>
/// A plain search that scans the published snapshot: every word must appear (case-insensitive) in
/// the title, summary, tags or body; title matches rank above summary and tag matches, which rank
/// above body matches; recency breaks ties. It has no index, stemming or Chinese word analysis:
/// it is the site's search until the Lucene engine takes its place behind <see cref="ISiteSearch"/>.
/// </summary>
internal sealed partial class SnapshotSearch(PublishedSnapshotStore snapshots) : ISiteSearch
{
    const int FragmentLength = 120;

    public SearchResults Search(SearchRequest request)
    {
        var terms = Terms(request.Text);
        var pageSize = Math.Clamp(request.PageSize, 1, ContentDelivery.MaxPageSize);
        if (terms.Count == 0)
        {
            return new SearchResults(ResultPage.Of<SearchHit>([], request.Page, pageSize), new Dictionary<ContentType, int>());
        }

        var scored = snapshots.Current.Items
            .Select(item => (Item: item, Text: Searchable.Of(item, request.Culture)))
            .Select(e => (e.Item, e.Text, Score: Score(e.Text, terms)))
            .Where(e => e.Score > 0)
            .ToList();
        var counts = scored.CountBy(e => e.Item.Type).ToDictionary(c => c.Key, c => c.Value);
        var hits = scored
            .Where(e => request.Types.Count == 0 || request.Types.Contains(e.Item.Type))
            .OrderByDescending(e => e.Score)
            .ThenByDescending(e => e.Item.Published ?? DateTimeOffset.MinValue)
            .ThenBy(e => e.Text.Title, StringComparer.Ordinal)
            .Select(e => new SearchHit(e.Item, Fragment(e.Text, terms), terms))
            .ToList();
        return new SearchResults(ResultPage.Of(hits, request.Page, pageSize), counts);
    }

    /// <summary>The distinct words of a query, without punctuation; quotes and query syntax mean nothing here.</summary>
    static List<string> Terms(string text)
    {
        var cut = text.Length > SearchRequest.MaxLength ? text[..SearchRequest.MaxLength] : text;
        return [.. NotWordCharacters().Split(cut).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(16)];
    }

    static int Score(Searchable text, List<string> terms)
    {
        var score = 0;
        foreach (var term in terms)
        {
            var weight = Contains(text.Title, term) ? 8 : Contains(text.Summary, term) || text.Tags.Any(t => Contains(t, term)) ? 3 : Contains(text.Body, term) ? 1 : 0;
            if (weight == 0)
            {
                return 0;
            }

            score += weight;
        }

        return score;
    }

    static string? Fragment(Searchable text, List<string> terms)
    {
        foreach (var source in new[] { text.Summary, text.Body })
        {
            var at = terms.Select(t => source.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at >= 0)
            {
                var start = Math.Max(0, at - FragmentLength / 3);
                var length = Math.Min(FragmentLength, source.Length - start);
                return string.Concat(start > 0 ? "…" : "", source.AsSpan(start, length), start + length < source.Length ? "…" : "");
            }
        }

        return null;
    }

    static bool Contains(string text, string term) => text.Contains(term, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWordCharacters();

    /// <summary>An item's words in one culture, as plain text.</summary>
    sealed partial record Searchable(string Title, string Summary, IReadOnlyList<string> Tags, string Body)
    {
        public static Searchable Of(PublishedItem item, string culture)
        {
            var text = item.Text(culture) ?? item.Document.ChineseText;
            return new(text.Title, text.Summary ?? "", text.Tags, PlainText(BodyOf(text)));
        }

        static string? BodyOf(CultureText text) => text switch
        {
            Cms.Content.Types.NewsText t => t.Body,
            Cms.Content.Types.ForumText t => t.Body,
            Cms.Content.Types.StandardText t => $"{t.Scope} {t.Body}",
            Cms.Content.Types.CourseText t => t.Body,
            Cms.Content.Types.ShowcaseText t => $"{t.Focus} {string.Join(' ', t.TypicalCases)} {t.Body}",
            Cms.Content.Types.PageText t => t.Body,
            _ => null,
        };

        static string PlainText(string? html) =>
            html is null ? "" : Whitespace().Replace(WebUtility.HtmlDecode(HtmlTags().Replace(html, " ")), " ").Trim();

        [GeneratedRegex("<[^>]*>")]
        private static partial Regex HtmlTags();

        [GeneratedRegex(@"\s+")]
        private static partial Regex Whitespace();
    }
}
