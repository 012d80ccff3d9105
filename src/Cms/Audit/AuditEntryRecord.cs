namespace Federation.Cms.Audit;

/// <summary>One line of the audit log. Lines are only ever added.</summary>
internal sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user's id; empty for the system.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The user's name as it was then (a later rename does not rewrite history).</summary>
    public string Actor { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>The content item concerned, if any.</summary>
    public Guid? ItemId { get; set; }

    /// <summary>What else the reader of the log needs: a version, a title, a role, an e-mail address.</summary>
    public string? Detail { get; set; }
}
