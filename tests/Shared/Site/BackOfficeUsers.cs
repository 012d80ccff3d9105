using Federation.Cms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Tests.Site;

/// <summary>Back-office users created as an administrator would, all with one test password.</summary>
internal static class BackOfficeUsers
{
    public const string Password = "federation-test-2026";

    public static async Task CreateAsync(FederationSite site, string email, string name, string role)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
