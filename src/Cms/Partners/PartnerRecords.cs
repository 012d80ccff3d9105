namespace Federation.Cms.Partners;

/// <summary>A partner site that uses the GraphQL API: another federation, a member organisation, an aggregator.</summary>
internal sealed class PartnerRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Who to call about it: a person, an address, a telephone number.</summary>
    public string? Contact { get; set; }

    public string? Notes { get; set; }

    /// <summary>The origins (<c>scheme://host[:port]</c>) whose pages may call the API from a browser, one per line, as <see cref="PartnerOrigins.Normalize"/> writes them.</summary>
    public string AllowedOrigins { get; set; } = "";

    /// <summary>The partner's rate limit, in GraphQL query cost per minute.</summary>
    public int CostPerMinute { get; set; } = PartnerRules.DefaultCostPerMinute;

    /// <summary>An inactive partner's keys, origins and webhooks are not honoured; nothing is deleted.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ApiKeyRecord> Keys { get; set; } = [];

    public List<WebhookRecord> Webhooks { get; set; } = [];
}

/// <summary>One API key of a partner. The key itself is shown once, when it is made; only its SHA-256 hash and a short prefix are kept.</summary>
internal sealed class ApiKeyRecord
{
    public Guid Id { get; set; }

    public Guid PartnerId { get; set; }

    /// <summary>What the partner uses it for, e.g. "production".</summary>
    public string? Label { get; set; }

    /// <summary>The key's first characters (<see cref="ApiKeys.PrefixLength"/>), to recognise it and to find it.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>SHA-256 of the key's UTF-8 bytes.</summary>
    public byte[] Hash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>When a request last used it, recorded at most about once a minute per node.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }
}

/// <summary>An address of a partner's that is told when content is published or unpublished.</summary>
internal sealed class WebhookRecord
{
    public Guid Id { get; set; }

    public Guid PartnerId { get; set; }

    public PartnerRecord? Partner { get; set; }

    public string Url { get; set; } = "";

    public bool OnPublished { get; set; }

    public bool OnUnpublished { get; set; }

    /// <summary>The content types (their names in files, e.g. <c>news</c>) it is limited to, comma-separated; empty for every type.</summary>
    public string ContentTypes { get; set; } = "";

    /// <summary>The signing secret, protected with ASP.NET Core Data Protection (<see cref="WebhookSecrets"/>).</summary>
    public string ProtectedSecret { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>The last outbox event when the webhook was added: it is told only of what happens after (clocks of nodes may differ; this position does not).</summary>
    public long StartsAfterOutboxEventId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One event sent to one webhook, and where its sending stands: the delivery log.</summary>
internal sealed class WebhookDeliveryRecord
{
    /// <summary>Sent as the delivery id header; a redelivery has an id of its own.</summary>
    public Guid Id { get; set; }

    public Guid WebhookId { get; set; }

    /// <summary>The event's id, the same for every webhook told of it and in a redelivery: receivers skip one they have seen.</summary>
    public Guid EventId { get; set; }

    /// <summary><c>content.published</c>, <c>content.unpublished</c> or <c>webhook.test</c>.</summary>
    public string EventType { get; set; } = "";

    /// <summary>The outbox event it comes from; null for test events and redeliveries. Unique per webhook, so an event is queued once.</summary>
    public long? OutboxEventId { get; set; }

    public Guid? ItemId { get; set; }

    /// <summary>The item's Chinese title when the event happened, for the log.</summary>
    public string? ItemTitle { get; set; }

    /// <summary>The JSON body, fixed when the delivery is queued: every attempt sends the same bytes.</summary>
    public string Body { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>How many attempts have been made (or started).</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; while one is under way, when it may be taken over.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}

/// <summary>Where a delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its first attempt or a retry.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>No attempt succeeded before the event was a day old, or the webhook was switched off.</summary>
    Failed,
}

/// <summary>One attempt at a delivery, as the receiver answered it.</summary>
internal sealed class WebhookAttemptRecord
{
    public long Id { get; set; }

    public Guid DeliveryId { get; set; }

    /// <summary>1 for the first attempt.</summary>
    public int Number { get; set; }

    public DateTimeOffset At { get; set; }

    public int? StatusCode { get; set; }

    /// <summary>Why there was no answer: a timeout, a refused connection.</summary>
    public string? Error { get; set; }

    /// <summary>The start of the receiver's answer.</summary>
    public string? ResponseExcerpt { get; set; }

    public int DurationMilliseconds { get; set; }
}

/// <summary>The one row saying up to which outbox event webhooks have been queued; nodes advance it in turn.</summary>
internal sealed class WebhookCursorRecord
{
    public const int SingleId = 1;

    public int Id { get; set; } = SingleId;

    public long LastOutboxEventId { get; set; }
}

/// <summary>A GraphQL document registered for execution by id.</summary>
internal sealed class TrustedDocumentRecord
{
    /// <summary><c>sha256:</c> and the lowercase hex SHA-256 of the document's UTF-8 text.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>The partner it was registered for, if any.</summary>
    public Guid? PartnerId { get; set; }

    public string AddedBy { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }
}
