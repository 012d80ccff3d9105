using Federation.Cms.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.Cms.Users;

/// <summary>
/// At start-up, after the schema is migrated: makes sure the three roles exist and, while the store
/// has no user at all, creates the administrator named by <c>Cms:Admin</c>. Also serves the one-time
/// set-up form, which does the same from what the first visitor types.
/// </summary>
internal sealed partial class FirstAdministrator(IServiceScopeFactory scopes, IOptions<CmsAdminOptions> options, ILogger<FirstAdministrator> logger) : IHostedService
{
    static readonly SemaphoreSlim SetUpLock = new(1, 1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in CmsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (options.Value is { Email: { Length: > 0 } email, Password: { Length: > 0 } password })
        {
            var result = await SetUpAsync(email, email, password, cancellationToken);
            if (result is { Succeeded: false } && result.Errors.FirstOrDefault()?.Code != AlreadySetUp)
            {
                LogAdministratorRefused(email, string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            else if (result.Succeeded)
            {
                LogAdministratorCreated(email);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The code of the error <see cref="SetUpAsync"/> gives once any user exists.</summary>
    public const string AlreadySetUp = "AlreadySetUp";

    /// <summary>Whether the store still has no user, so <c>/cms</c> offers the set-up form.</summary>
    public async Task<bool> IsSetUpNeededAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return !scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().Users.Any();
    }

    /// <summary>Creates the first administrator; refused with <see cref="AlreadySetUp"/> once any user exists.</summary>
    public async Task<IdentityResult> SetUpAsync(string email, string displayName, string password, CancellationToken cancellationToken = default)
    {
        await SetUpLock.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            if (users.Users.Any())
            {
                return IdentityResult.Failed(new IdentityError { Code = AlreadySetUp, Description = "The back office is already set up." });
            }

            var user = new CmsUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created;
            }

            await users.AddToRoleAsync(user, CmsRoles.Administrator);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync(
                new Actor(user.Id, displayName, new HashSet<string> { CmsRoles.Administrator }), AuditAction.SetUp, detail: email, cancellationToken: cancellationToken);
            return created;
        }
        finally
        {
            SetUpLock.Release();
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Created the first administrator {Email} from Cms:Admin")]
    partial void LogAdministratorCreated(string email);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Cms:Admin names {Email}, but the administrator could not be created: {Reasons}. /cms offers the set-up form instead.")]
    partial void LogAdministratorRefused(string email, string reasons);
}
