using Federation.Cms.Content;
using Federation.Cms.Snapshot;

namespace Federation.Web.Site;

/// <summary>The public URL of each content type's list and of each item, per culture.</summary>
internal static class ContentRoutes
{
    /// <summary>The list path of a type, in zh-CN form: <c>/news</c>, <c>/training</c>, …</summary>
    public static string ListPath(ContentType type) => type switch
    {
        ContentType.News => "/news",
        ContentType.Forum => "/forums",
        ContentType.Standard => "/standards",
        ContentType.Course => "/training",
        ContentType.Showcase => "/brand",
        ContentType.Page => "/about",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The URL segment of a type's section: <c>news</c>, <c>training</c>, <c>about</c>, …</summary>
    public static string Segment(ContentType type) => ListPath(type)[1..];

    /// <summary>The type whose section segment is <paramref name="segment"/>, if any.</summary>
    public static ContentType? FromSegment(string? segment) =>
        Enum.GetValues<ContentType>().Where(t => Segment(t) == segment).Select(t => (ContentType?)t).FirstOrDefault();

    /// <summary>The list URL of a type in <paramref name="culture"/>.</summary>
    public static string List(ContentType type, string culture) => SiteCulture.Localize(ListPath(type), culture);

    /// <summary>The URL of <paramref name="item"/> in <paramref name="culture"/>, with that culture's slug when it has one.</summary>
    public static string Item(PublishedItem item, string culture)
    {
        var slug = (item.Text(culture) ?? item.Document.ChineseText).Slug;
        return SiteCulture.Localize($"{ListPath(item.Type)}/{Uri.EscapeDataString(slug)}", culture);
    }
}
