using Federation.Api.Publishing;
using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Calendar;

/// <summary>Where a forum's "add to calendar" file is: <c>/forums/{slug}/calendar.ics</c>, and under the English prefix.</summary>
public sealed class CalendarLinks(IPublicSite site)
{
    const string FileName = "calendar.ics";

    /// <summary>The path of <paramref name="item"/>'s calendar file in <paramref name="culture"/>; null unless it is a forum whose start is announced.</summary>
    public string? For(PublishedItem item, string culture) =>
        item.Document.Fields is ForumFields { Start: not null } ? $"{site.ItemPath(item, culture)}/{FileName}" : null;

    /// <summary>The route of the calendar files in <paramref name="culture"/>, below the forum pages.</summary>
    internal string Route(string culture) => $"{site.ListPath(ContentType.Forum, culture)}/{{slug}}/{FileName}";
}
