using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Calendar;

/// <summary>A forum as an iCalendar file with one event (RFC 5545), for "add to calendar".</summary>
internal static class ForumCalendar
{
    // A formal public identifier, the form the RFC's own examples use (section 3.7.3).
    const string ProductId = "-//Shanghai Modern Service Industry Federation//Federation site//EN";

    /// <summary>The calendar file of <paramref name="forum"/>, or null when its start is not announced.</summary>
    public static string? Write(PublishedItem forum, string culture, string pageUrl)
    {
        if (forum.Document.Fields is not ForumFields { Start: { } start } fields)
        {
            return null;
        }

        var text = forum.TextOrChinese<ForumText>(culture);
        var location = string.Join(", ", new[] { text.Venue, text.Address }.Where(v => !string.IsNullOrWhiteSpace(v)));
        var description = string.IsNullOrWhiteSpace(text.Summary) ? pageUrl : $"{text.Summary}\n\n{pageUrl}";
        var calendar = new CalendarText()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", ProductId)
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Line("BEGIN", "VEVENT")
            // The item's id in both cultures: the same forum is the same event (RFC 7986 section 5.3 recommends a UUID).
            .Line("UID", forum.Id.ToString("D"))
            // When this version of the announcement was written: a calendar that imported an older one sees it is newer.
            .Utc("DTSTAMP", forum.Updated ?? forum.SavedAt)
            .Utc("DTSTART", start);
        if (fields.End is { } end)
        {
            calendar.Utc("DTEND", end);
        }

        return calendar
            .Text("SUMMARY", text.Title)
            .Text("LOCATION", location)
            .Text("DESCRIPTION", description)
            .Line("URL", pageUrl)
            .Line("END", "VEVENT")
            .Line("END", "VCALENDAR")
            .ToString();
    }
}
