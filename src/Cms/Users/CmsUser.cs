using Microsoft.AspNetCore.Identity;

namespace Federation.Cms.Users;

/// <summary>Someone who works in the back office. The e-mail address is the user name.</summary>
internal sealed class CmsUser : IdentityUser
{
    /// <summary>The name shown beside versions, the audit log and to other editors, e.g. 王晓明.</summary>
    public string DisplayName { get; set; } = "";
}
