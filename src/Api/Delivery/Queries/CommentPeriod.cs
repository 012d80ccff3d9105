using Federation.Cms.Content.Types;

namespace Federation.Api.Delivery.Queries;

/// <summary>Whether a draft standard (征求意见稿) still takes comments.</summary>
public static class CommentPeriod
{
    /// <summary>
    /// True while a draft's comment deadline (a whole Shanghai day) has not passed, false after it;
    /// null for a standard that is not a draft for comment or has no deadline announced.
    /// </summary>
    public static bool? IsOpen(StandardFields standard, DateTimeOffset now) =>
        standard is { Status: StandardStatus.ForComment, CommentDeadline: { } deadline } ? Dates.DayOf(now) <= deadline : null;
}
