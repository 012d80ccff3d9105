using System.Collections.Frozen;
using Federation.Api.Publishing;
using Federation.Cms.Content;

namespace Federation.Api.Feeds;

/// <summary>Where the section feeds are: news, forums, standards and training, in every format and culture.</summary>
public sealed class FeedLinks(IPublicSite site)
{
    /// <summary>The route of the feeds in zh-CN form; the site's English prefix goes in front for English.</summary>
    internal const string Route = "/feeds/{type}.{format}";

    // The names in feed URLs are a promise to subscribers: they are spelled out here, not derived from page URLs.
    static readonly FrozenDictionary<string, ContentType> Types = new Dictionary<string, ContentType>(StringComparer.Ordinal)
    {
        ["news"] = ContentType.News,
        ["forums"] = ContentType.Forum,
        ["standards"] = ContentType.Standard,
        ["training"] = ContentType.Course,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The feeds of <paramref name="type"/> in <paramref name="culture"/>, Atom first; none for a type that has no feed.</summary>
    public IReadOnlyList<FeedLink> For(ContentType type, string culture) =>
        NameOf(type) is { } name
            ? [.. FeedFormat.All.Select(format => new FeedLink(format, Path(name, format, culture), $"{Title(type, culture)} ({format.Name})"))]
            : [];

    /// <summary>The feed's title: the section's and the site's name, as the section's page title reads.</summary>
    internal string Title(ContentType type, string culture) => $"{site.SectionTitle(type, culture)} - {site.SiteName(culture)}";

    /// <summary>The path of the feed of <paramref name="type"/>, which must have one.</summary>
    internal string Path(ContentType type, FeedFormat format, string culture) =>
        Path(NameOf(type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, "This type has no feed."), format, culture);

    /// <summary>The content type whose feed is named <paramref name="name"/> in URLs.</summary>
    internal static bool TryGetType(string name, out ContentType type) => Types.TryGetValue(name, out type);

    string Path(string name, FeedFormat format, string culture) => site.Localize($"/feeds/{name}.{format.Extension}", culture);

    static string? NameOf(ContentType type) => Types.FirstOrDefault(t => t.Value == type).Key;
}
