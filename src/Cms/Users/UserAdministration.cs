using Federation.Cms.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Federation.Cms.Users;

/// <summary>What administrators do with users: create them, change their roles, lock and unlock them, set a new password. Every call checks the actor and is audited.</summary>
internal sealed class UserAdministration(UserManager<CmsUser> users, AuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(Actor actor)
    {
        actor.Demand(CmsCapability.ManageUsers);
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            rows.Add(await RowAsync(user));
        }

        return rows;
    }

    public async Task<UserRow?> FindAsync(Actor actor, string id)
    {
        actor.Demand(CmsCapability.ManageUsers);
        return await users.FindByIdAsync(id) is { } user ? await RowAsync(user) : null;
    }

    public async Task<IdentityResult> CreateAsync(Actor actor, string email, string displayName, string role, string password)
    {
        actor.Demand(CmsCapability.ManageUsers);
        if (!CmsRoles.All.Contains(role))
        {
            return Failed("Role", $"“{role}”不是有效的角色。");
        }

        var user = new CmsUser { UserName = email, Email = email, DisplayName = displayName, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            await users.AddToRoleAsync(user, role);
            await audit.RecordAsync(actor, AuditAction.UserCreated, detail: $"{displayName} <{email}>: {role}");
        }

        return created;
    }

    /// <summary>Gives the user exactly <paramref name="roles"/>. The last administrator keeps the role, so the back office is never left without one.</summary>
    public async Task<IdentityResult> SetRolesAsync(Actor actor, string userId, IReadOnlyCollection<string> roles)
    {
        actor.Demand(CmsCapability.ManageUsers);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("User", "用户不存在。");
        }

        if (roles.Count == 0 || roles.Any(r => !CmsRoles.All.Contains(r)))
        {
            return Failed("Role", "请至少选择一个角色。");
        }

        var held = await users.GetRolesAsync(user);
        if (held.Contains(CmsRoles.Administrator) && !roles.Contains(CmsRoles.Administrator)
            && (await users.GetUsersInRoleAsync(CmsRoles.Administrator)).Count == 1)
        {
            return Failed("LastAdministrator", "这是唯一的管理员，不能取消其管理员角色；请先指定另一位管理员。");
        }

        var removed = held.Except(roles).ToList();
        var added = roles.Except(held).ToList();
        if (removed.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, removed);
        }

        if (added.Count > 0)
        {
            await users.AddToRolesAsync(user, added);
        }

        if (removed.Count + added.Count > 0)
        {
            // No new security stamp: the back office re-reads the user at every request (BackOfficeServiceCollectionExtensions),
            // so the user carries on with the new roles; a new stamp would sign them out instead.
            await audit.RecordAsync(actor, AuditAction.RolesChanged, detail: $"{user.DisplayName} <{user.Email}>: {string.Join(", ", held)} → {string.Join(", ", roles)}");
        }

        return IdentityResult.Success;
    }

    public async Task<IdentityResult> SetLockedAsync(Actor actor, string userId, bool locked)
    {
        actor.Demand(CmsCapability.ManageUsers);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("User", "用户不存在。");
        }

        if (locked && user.Id == actor.UserId)
        {
            return Failed("Self", "不能锁定自己的账户。");
        }

        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.ResetAccessFailedCountAsync(user);
        // A new security stamp ends a locked user's sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, AuditAction.UserChanged, detail: $"{user.DisplayName} <{user.Email}>: {(locked ? "locked" : "unlocked")}");
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> SetPasswordAsync(Actor actor, string userId, string password)
    {
        actor.Demand(CmsCapability.ManageUsers);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("User", "用户不存在。");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await audit.RecordAsync(actor, AuditAction.UserChanged, detail: $"{user.DisplayName} <{user.Email}>: new password");
        }

        return result;
    }

    async Task<UserRow> RowAsync(CmsUser user)
    {
        var lockedUntil = user.LockoutEnd is { } end && end > time.GetUtcNow() ? end : (DateTimeOffset?)null;
        return new UserRow(user.Id, user.Email ?? "", user.DisplayName, [.. await users.GetRolesAsync(user)], lockedUntil);
    }

    static IdentityResult Failed(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}

/// <summary>A user as the users screen shows them.</summary>
public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil);
