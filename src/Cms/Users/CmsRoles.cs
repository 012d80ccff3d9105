namespace Federation.Cms.Users;

/// <summary>The back office's roles and what each may do.</summary>
public static class CmsRoles
{
    /// <summary>Users, roles, settings and partner API keys; everything an editor may do as well.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Creates, edits, publishes and unpublishes anything.</summary>
    public const string Editor = "Editor";

    /// <summary>Creates and edits, submits for review; never publishes.</summary>
    public const string Writer = "Writer";

    /// <summary>Every role, most powerful first.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Writer];

    /// <summary>Whether someone with <paramref name="roles"/> may do <paramref name="capability"/>.</summary>
    public static bool Allow(IEnumerable<string> roles, CmsCapability capability)
    {
        var held = roles as IReadOnlyCollection<string> ?? [.. roles];
        return capability switch
        {
            CmsCapability.EditContent => held.Any(All.Contains),
            CmsCapability.Publish => held.Contains(Administrator) || held.Contains(Editor),
            CmsCapability.ManageUsers => held.Contains(Administrator),
            CmsCapability.ManagePartners => held.Contains(Administrator),
            CmsCapability.MaintainSearch => held.Contains(Administrator),
            _ => false,
        };
    }
}

/// <summary>What a back-office action needs.</summary>
public enum CmsCapability
{
    /// <summary>Create and edit items and media, save drafts, submit for review, read history.</summary>
    EditContent,

    /// <summary>Publish, unpublish, schedule, roll back published items, delete, import.</summary>
    Publish,

    /// <summary>Users and their roles, the audit log.</summary>
    ManageUsers,

    /// <summary>Partner sites: their API keys, allowed origins, webhooks and trusted GraphQL documents.</summary>
    ManagePartners,

    /// <summary>The search index: its state, and rebuilding it.</summary>
    MaintainSearch,
}
