using Federation.Api.Delivery.Queries;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Web.Site.Lists;

/// <summary>
/// The one state a reader must not miss, shown on lists and detail pages: whether a forum or course
/// takes registrations, whether a draft standard takes comments, each with its deadline.
/// </summary>
/// <param name="Text">What the badge says, deadline included.</param>
/// <param name="IsOpen">Whether the reader can still act (drawn as an open badge).</param>
internal sealed record ItemBadge(string Text, bool IsOpen)
{
    public static ItemBadge? Of(PublishedItem item, string culture, DateTimeOffset now)
    {
        var labels = ListLabels.For(culture);
        return item.Document.Fields switch
        {
            StandardFields standard => CommentPeriod.IsOpen(standard, now) switch
            {
                true => new($"{labels.OpenForComment} · {labels.Until} {SiteFormat.Date(standard.CommentDeadline!.Value, culture)}", true),
                false => new($"{labels.CommentClosed} ({SiteFormat.Date(standard.CommentDeadline!.Value, culture)})", false),
                null => null,
            },
            ForumFields or CourseFields => Registration.Of(item, now) switch
            {
                RegistrationState.Open => new($"{labels.RegistrationOpen} · {labels.Until} {SiteFormat.DateTime(Deadline(item)!.Value, culture)}", true),
                RegistrationState.Closed => new(labels.RegistrationClosed, false),
                _ => new(labels.RegistrationNotAnnounced, false),
            },
            _ => null,
        };
    }

    static DateTimeOffset? Deadline(PublishedItem item) => item.Document.Fields switch
    {
        ForumFields forum => forum.Registration.Deadline,
        CourseFields course => course.RegistrationDeadline,
        _ => null,
    };
}
