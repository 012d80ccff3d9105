namespace Federation.Cms.Content;

/// <summary>Where an item stands in the editorial workflow.</summary>
public enum ContentStatus
{
    /// <summary>Saved, never published.</summary>
    Draft,

    /// <summary>Submitted by a writer for an editor to review.</summary>
    InReview,

    /// <summary>Waiting for a scheduled publish time.</summary>
    Scheduled,

    /// <summary>One version is live on the site.</summary>
    Published,

    /// <summary>Was live, taken down; its history stays.</summary>
    Unpublished,
}
