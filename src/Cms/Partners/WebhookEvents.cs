using Federation.Cms.Content;
using Federation.Cms.Snapshot;
using Federation.Cms.Storage;

namespace Federation.Cms.Partners;

/// <summary>The event types a webhook is told of, as its body's <c>type</c> and the event header name them.</summary>
public static class WebhookEventTypes
{
    /// <summary>A version of an item went live.</summary>
    public const string Published = "content.published";

    /// <summary>An item was taken off the site.</summary>
    public const string Unpublished = "content.unpublished";

    /// <summary>An administrator pressed "send test event".</summary>
    public const string Test = "webhook.test";
}

/// <summary>
/// Writes webhook bodies. The Api implements it (it knows GraphQL ids and public addresses); the
/// Cms calls it when it queues a delivery, so every attempt sends the same bytes.
/// </summary>
public interface IWebhookPayloads
{
    /// <summary>The JSON body telling of a publish or unpublish of <see cref="WebhookContentEvent.Item"/>.</summary>
    string ContentEvent(WebhookContentEvent contentEvent);

    /// <summary>The JSON body of a test event.</summary>
    string TestEvent(WebhookTestEvent testEvent);
}

/// <summary>An item was published or unpublished.</summary>
/// <param name="EventId">The event's id, the same for every webhook told of it.</param>
/// <param name="Type"><see cref="WebhookEventTypes.Published"/> or <see cref="WebhookEventTypes.Unpublished"/>.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Item">The version that went live, or for an unpublish the version that was live until then.</param>
public sealed record WebhookContentEvent(Guid EventId, string Type, DateTimeOffset OccurredAt, PublishedItem Item);

/// <summary>A test event an administrator asked for.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="OccurredAt">When it was asked for.</param>
/// <param name="WebhookId">The webhook tested.</param>
public sealed record WebhookTestEvent(Guid EventId, DateTimeOffset OccurredAt, Guid WebhookId);

/// <summary>Which events a webhook wants.</summary>
internal static class WebhookSubscription
{
    public static IReadOnlyList<ContentType> Types(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ContentTypeInfo.FromName).OfType<ContentTypeInfo>().Select(t => t.Type)];

    public static string Store(IEnumerable<ContentType> types) => string.Join(',', types.Select(t => ContentTypeInfo.Of(t).Name));

    /// <summary>Whether <paramref name="webhook"/> is told that an item of <paramref name="type"/> was published or unpublished.</summary>
    public static bool Wants(WebhookRecord webhook, OutboxEventKind kind, ContentType type) =>
        (kind == OutboxEventKind.Published ? webhook.OnPublished : kind == OutboxEventKind.Unpublished && webhook.OnUnpublished)
        && (webhook.ContentTypes.Length == 0 || Types(webhook.ContentTypes).Contains(type));
}
