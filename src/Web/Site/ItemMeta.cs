using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Web.Site;

/// <summary>The short facts a list shows under each item's title, per type.</summary>
internal static class ItemMeta
{
    public static IEnumerable<string> Of(PublishedItem item, string culture)
    {
        var labels = SiteLabels.For(culture);
        IEnumerable<string?> facts = item.Document.Fields switch
        {
            NewsFields news => [labels.Of(news.Category), item.Published is { } p ? SiteFormat.Date(p, culture) : null],
            ForumFields forum => [
                forum.Start is { } start ? SiteFormat.DateTime(start, culture) : $"{labels.Time}: {labels.NotAnnounced}",
                item.TextOrChinese<ForumText>(culture).Venue,
                item.TextOrChinese<ForumText>(culture).Platform],
            StandardFields standard => [
                standard.Code,
                standard.Status is { } status ? labels.Of(status) : null,
                item.TextOrChinese<StandardText>(culture).Domain],
            CourseFields course => [
                labels.Of(course.Kind),
                item.TextOrChinese<CourseText>(culture).Occupation,
                course.Level is { } level ? labels.Of(level) : null,
                course.Start is { } from ? SiteFormat.Date(from, culture) : null],
            ShowcaseFields showcase => [showcase.Number is { } n ? $"{labels.Of(showcase.Kind)} {n}" : labels.Of(showcase.Kind)],
            _ => [],
        };
        return facts.OfType<string>().Where(f => f.Length > 0);
    }

    /// <summary>The body (main rich text) of any item, for the detail page.</summary>
    public static string? Body(PublishedItem item, string culture) => (item.Text(culture) ?? item.Document.ChineseText) switch
    {
        NewsText t => t.Body,
        ForumText t => t.Body,
        StandardText t => t.Body,
        CourseText t => t.Body,
        ShowcaseText t => t.Body,
        PageText t => t.Body,
        _ => null,
    };
}
