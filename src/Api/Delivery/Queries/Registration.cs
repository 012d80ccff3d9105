using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Snapshot;

namespace Federation.Api.Delivery.Queries;

/// <summary>Whether readers can still sign up for a forum or a course.</summary>
public enum RegistrationState
{
    /// <summary>No deadline announced and the event has not begun: readers should look again later.</summary>
    NotAnnounced,

    /// <summary>The deadline is announced and has not passed.</summary>
    Open,

    /// <summary>The deadline has passed, or the event has already begun.</summary>
    Closed,
}

/// <summary>Works out <see cref="RegistrationState"/> from the announced dates.</summary>
public static class Registration
{
    /// <summary>The state at <paramref name="now"/> of a registration closing at <paramref name="deadline"/> for an event starting at <paramref name="start"/>.</summary>
    public static RegistrationState StateOf(DateTimeOffset? deadline, DateTimeOffset? start, DateTimeOffset now) => deadline switch
    {
        { } closes => now <= closes ? RegistrationState.Open : RegistrationState.Closed,
        null when start < now => RegistrationState.Closed,
        _ => RegistrationState.NotAnnounced,
    };

    /// <summary>The registration state of a forum or course at <paramref name="now"/>; null for types that take no registrations.</summary>
    public static RegistrationState? Of(PublishedItem item, DateTimeOffset now) => item.Document.Fields switch
    {
        ForumFields forum => StateOf(forum.Registration.Deadline, forum.Start, now),
        CourseFields course => StateOf(course.RegistrationDeadline, course.Sessions.Count > 0 ? course.Sessions.Min(s => s.Start) : StartOfDay(course.Start), now),
        _ => null,
    };

    /// <summary>The start of <paramref name="day"/> in Shanghai, for events announced by date only.</summary>
    public static DateTimeOffset? StartOfDay(DateOnly? day) =>
        day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), ShanghaiTime.Zone.BaseUtcOffset) : null;
}
