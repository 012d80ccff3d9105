namespace Federation.Cms.Audit;

/// <summary>What the audit log records.</summary>
public enum AuditAction
{
    /// <summary>A user signed in.</summary>
    SignedIn,

    /// <summary>A sign-in failed (wrong password or unknown address).</summary>
    SignInFailed,

    /// <summary>Too many failed sign-ins locked the account.</summary>
    LockedOut,

    /// <summary>A user signed out.</summary>
    SignedOut,

    /// <summary>The first administrator was created (set-up form or configuration).</summary>
    SetUp,

    /// <summary>An item was saved as a new version.</summary>
    Saved,

    /// <summary>A writer submitted an item for review.</summary>
    SubmittedForReview,

    /// <summary>An item went live.</summary>
    Published,

    /// <summary>An item was taken off the site.</summary>
    Unpublished,

    /// <summary>A publish or unpublish was scheduled or its schedule cleared.</summary>
    Scheduled,

    /// <summary>An older version was saved again as the newest.</summary>
    RolledBack,

    /// <summary>An item or a media file was deleted.</summary>
    Deleted,

    /// <summary>A media file was uploaded or its texts changed.</summary>
    MediaChanged,

    /// <summary>A redirect was removed.</summary>
    RedirectRemoved,

    /// <summary>Content was imported.</summary>
    Imported,

    /// <summary>A user was created.</summary>
    UserCreated,

    /// <summary>A user's roles changed.</summary>
    RolesChanged,

    /// <summary>A user was locked or unlocked, or their password reset.</summary>
    UserChanged,

    /// <summary>A partner was registered or its details, origins, rate limit or state changed.</summary>
    PartnerChanged,

    /// <summary>An API key was made for a partner.</summary>
    ApiKeyCreated,

    /// <summary>An API key was revoked.</summary>
    ApiKeyRevoked,

    /// <summary>A webhook was added, changed, given a new secret or removed.</summary>
    WebhookChanged,

    /// <summary>A webhook delivery was sent again, or a test event sent.</summary>
    WebhookResent,

    /// <summary>A trusted GraphQL document was registered.</summary>
    TrustedDocumentAdded,

    /// <summary>A trusted GraphQL document was removed.</summary>
    TrustedDocumentRemoved,

    /// <summary>An administrator started a rebuild of a node's search index.</summary>
    SearchRebuildStarted,
}
