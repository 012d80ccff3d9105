namespace Federation.Api.Webhooks;

/// <summary>
/// When a failed delivery is tried again: after <see cref="WebhookOptions.FirstRetryDelay"/>, then twice as
/// long each time up to <see cref="WebhookOptions.MaxRetryDelay"/>, each wait a tenth shorter or longer at
/// random so that receivers coming back are not hit by every retry at once; never later than
/// <see cref="WebhookOptions.GiveUpAfter"/> after the event, when the last attempt is made.
/// </summary>
internal static class WebhookRetrySchedule
{
    /// <summary>When to try again after attempt <paramref name="attempt"/> failed at <paramref name="now"/>; null to give up.</summary>
    public static DateTimeOffset? Next(int attempt, DateTimeOffset retriesFrom, DateTimeOffset now, WebhookOptions options, Random random)
    {
        var deadline = retriesFrom + options.GiveUpAfter;
        if (now >= deadline)
        {
            return null;
        }

        var doubled = options.FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var delay = TimeSpan.FromSeconds(Math.Min(doubled, options.MaxRetryDelay.TotalSeconds) * (0.9 + (0.2 * random.NextDouble())));
        var next = now + delay;
        return next < deadline ? next : deadline;
    }
}
