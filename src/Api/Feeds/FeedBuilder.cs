using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Feeds;

/// <summary>Builds a section's feed from one published snapshot: its newest items with their links, dates and text.</summary>
internal sealed class FeedBuilder(IPublicSite site, FeedLinks links)
{
    /// <summary>How many items a feed holds.</summary>
    public const int MaxEntries = 20;

    public Feed Build(PublishedSnapshot snapshot, ContentType type, string culture, FeedFormat format, string origin)
    {
        var entries = snapshot.OfType(type)
            .OrderByDescending(WentLive)
            .ThenByDescending(LastChanged)
            .ThenBy(i => i.Document.ChineseText.Title, StringComparer.Ordinal)
            .Take(MaxEntries)
            .Select(i => Entry(i, culture, origin))
            .ToList();
        return new Feed(
            links.Title(type, culture),
            culture,
            origin + links.Path(type, format, culture),
            origin + site.ListPath(type, culture),
            // An empty feed has no entry to date it; the snapshot that emptied it is when it last changed.
            entries.Count > 0 ? entries.Max(e => e.Updated) : snapshot.BuiltAt,
            site.SiteName(culture),
            entries);
    }

    // Items imported from content-export often have no public dates: content-export never invents
    // them. The saved time of the published version is real and stable, so it stands in for them.
    static DateTimeOffset LastChanged(PublishedItem item) => item.Updated ?? item.Published ?? item.SavedAt;

    static DateTimeOffset WentLive(PublishedItem item) => item.Published ?? LastChanged(item);

    FeedEntry Entry(PublishedItem item, string culture, string origin)
    {
        // An item not yet translated stays in the English feed with its Chinese text, marked zh-CN, as
        // the English list pages show it: subscribers to the English forums feed should hear of every
        // forum, and readers honour a per-entry language (Atom xml:lang, JSON Feed item language).
        var language = item.HasCulture(culture) ? culture : Cultures.Chinese;
        var text = item.Text(language)!;
        var facts = site.Facts(item, culture);
        return new FeedEntry(
            item.Id,
            origin + site.ItemPath(item, culture),
            text.Title,
            language,
            LastChanged(item),
            item.Published,
            FeedContent.Summary(facts, text),
            FeedContent.Html(facts, text),
            text.Tags,
            (text as NewsText)?.Byline ?? item.Document.Author ?? site.SiteName(culture));
    }
}
