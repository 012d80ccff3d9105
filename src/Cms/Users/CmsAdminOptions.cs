namespace Federation.Cms.Users;

/// <summary>
/// <c>Cms:Admin</c>: the first administrator, created at start-up only while the store has no user.
/// Without both values <c>/cms</c> offers a one-time set-up form instead.
/// </summary>
public sealed class CmsAdminOptions
{
    /// <summary>The administrator's e-mail address (the user name). Default: none.</summary>
    public string? Email { get; set; }

    /// <summary>The administrator's password; it must meet the password rules. Default: none.</summary>
    public string? Password { get; set; }
}
