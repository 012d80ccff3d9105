using Federation.Cms.Users;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Cms.BackOffice;

/// <summary>Authorization policies of the back office's pages, one per <see cref="CmsCapability"/>.</summary>
internal static class BackOfficePolicies
{
    public const string EditContent = "cms:edit";
    public const string Publish = "cms:publish";
    public const string ManageUsers = "cms:users";
    public const string ManagePartners = "cms:partners";
    public const string MaintainSearch = "cms:search";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(EditContent, p => p.RequireAuthenticatedUser().RequireAssertion(c => Actor.From(c.User).Can(CmsCapability.EditContent)));
        options.AddPolicy(Publish, p => p.RequireAuthenticatedUser().RequireAssertion(c => Actor.From(c.User).Can(CmsCapability.Publish)));
        options.AddPolicy(ManageUsers, p => p.RequireAuthenticatedUser().RequireAssertion(c => Actor.From(c.User).Can(CmsCapability.ManageUsers)));
        options.AddPolicy(ManagePartners, p => p.RequireAuthenticatedUser().RequireAssertion(c => Actor.From(c.User).Can(CmsCapability.ManagePartners)));
        options.AddPolicy(MaintainSearch, p => p.RequireAuthenticatedUser().RequireAssertion(c => Actor.From(c.User).Can(CmsCapability.MaintainSearch)));
    }
}
