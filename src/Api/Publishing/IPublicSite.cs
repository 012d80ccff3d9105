using Federation.Cms.Content;
using Federation.Cms.Media;
using Federation.Cms.Snapshot;
using Microsoft.AspNetCore.Http;

namespace Federation.Api.Publishing;

/// <summary>
/// What machine formats (feeds, calendar files) need to know of the public site without knowing
/// how it is built: its names, where its pages are, and the facts its pages show. The host
/// implements it; the Api only links to the pages.
/// </summary>
public interface IPublicSite
{
    /// <summary>The site's name in <paramref name="culture"/>, e.g. 上海现代服务业联合会.</summary>
    string SiteName(string culture);

    /// <summary>The title of the section that lists <paramref name="type"/> in <paramref name="culture"/>, e.g. 新闻动态.</summary>
    string SectionTitle(ContentType type, string culture);

    /// <summary>The path of the list page of <paramref name="type"/> in <paramref name="culture"/>, e.g. <c>/en/news</c>.</summary>
    string ListPath(ContentType type, string culture);

    /// <summary>
    /// The path of <paramref name="item"/>'s page in <paramref name="culture"/>: always
    /// <see cref="ListPath"/> followed by <c>/{slug}</c>, with that culture's slug or, for an item
    /// not yet translated, its zh-CN slug.
    /// </summary>
    string ItemPath(PublishedItem item, string culture);

    /// <summary>The path of a media item's original file, e.g. <c>/media/{id}/cover.jpg</c>.</summary>
    string MediaPath(MediaItem media);

    /// <summary>
    /// The path of <paramref name="media"/>, an image, scaled to <paramref name="width"/>: never wider than
    /// the original nor than the largest variant the site renders. A width that a preset has is that
    /// preset's path, which anyone may ask for; any other is signed, so only links the site gives out
    /// make it render a size.
    /// </summary>
    ImageLink ImagePath(MediaItem media, int width);

    /// <summary>The widths the site renders images at without a signature, narrowest first: the widths of <c>srcset</c>s.</summary>
    IReadOnlyList<int> ImageWidths { get; }

    /// <summary>The path of <paramref name="chinesePath"/> (a zh-CN path such as <c>/feeds/news.atom</c>) in <paramref name="culture"/>.</summary>
    string Localize(string chinesePath, string culture);

    /// <summary>The scheme, host and path base that absolute links to the site start with, e.g. <c>https://www.example.org</c>.</summary>
    string Origin(HttpRequest request);

    /// <summary>
    /// The key facts the site shows about <paramref name="item"/>, labelled in <paramref name="culture"/>:
    /// a forum's time and venue, a standard's code and status, a course's kind and dates. Facts
    /// not known are left out.
    /// </summary>
    IReadOnlyList<ItemFact> Facts(PublishedItem item, string culture);
}
