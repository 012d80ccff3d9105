using Federation.Api.Publishing;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Web.Site;

/// <summary>
/// The facts a reader decides on first, worded as the item's page words them: what feeds put at
/// the top of an entry. Unknown facts are left out; only pages say "to be announced".
/// </summary>
internal static class KeyFacts
{
    public static IReadOnlyList<ItemFact> Of(PublishedItem item, string culture)
    {
        var labels = SiteLabels.For(culture);
        IEnumerable<(string Label, string? Value)> facts = item.Document.Fields switch
        {
            NewsFields news => [(labels.Category, labels.Of(news.Category))],
            ForumFields forum => [
                (labels.Time, Time(forum, culture)),
                (labels.Venue, Venue(item.TextOrChinese<ForumText>(culture))),
                (labels.Format, forum.Format is { } format ? labels.Of(format) : null)],
            StandardFields standard => [
                (labels.Code, standard.Code),
                (labels.Status, standard.Status is { } status ? labels.Of(status) : null),
                (labels.Domain, item.TextOrChinese<StandardText>(culture).Domain)],
            CourseFields course => [
                (labels.Kind, labels.Of(course.Kind)),
                (labels.Occupation, item.TextOrChinese<CourseText>(culture).Occupation),
                (labels.Level, course.Level is { } level ? labels.Of(level) : null),
                (labels.Dates, Dates(course, culture)),
                (labels.Location, item.TextOrChinese<CourseText>(culture).Location)],
            _ => [],
        };
        return [.. facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new ItemFact(f.Label, f.Value!))];
    }

    /// <summary>A forum's time, or null when its start is not announced.</summary>
    public static string? Time(ForumFields forum, string culture) =>
        forum.Start is { } start ? SiteFormat.DateTimeSpan(start, forum.End, culture) : null;

    /// <summary>A forum's venue and address, or empty.</summary>
    public static string Venue(ForumText text) =>
        string.Join(" ", new[] { text.Venue, text.Address }.Where(v => !string.IsNullOrWhiteSpace(v)));

    /// <summary>A course's days, or null when they are not announced.</summary>
    public static string? Dates(CourseFields course, string culture) =>
        course.Start is { } start ? SiteFormat.DateSpan(start, course.End, culture) : null;
}
