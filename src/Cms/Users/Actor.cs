using System.Security.Claims;

namespace Federation.Cms.Users;

/// <summary>
/// Who is doing something in the back office, with their roles as the server knows them. Every
/// back-office service takes one and checks it; a page hiding a button is never the only guard.
/// </summary>
/// <param name="UserId">The user's id, or empty for the system (scheduled publishing, the start-up import).</param>
/// <param name="Name">The name shown in versions and the audit log.</param>
/// <param name="Roles">The roles held.</param>
public sealed record Actor(string UserId, string Name, IReadOnlySet<string> Roles)
{
    /// <summary>The site itself: scheduled publishing and the first import. It may do everything.</summary>
    public static Actor System { get; } = new("", "system", new HashSet<string>(CmsRoles.All));

    /// <summary>Scheduled publishing, acting on what an editor scheduled.</summary>
    public static Actor Scheduler { get; } = new("", "定时任务", new HashSet<string>([CmsRoles.Editor]));

    /// <summary>Whether this actor may do <paramref name="capability"/>.</summary>
    public bool Can(CmsCapability capability) => CmsRoles.Allow(Roles, capability);

    /// <summary>Refuses with <see cref="ForbiddenActionException"/> unless this actor may do <paramref name="capability"/>.</summary>
    public void Demand(CmsCapability capability)
    {
        if (!Can(capability))
        {
            throw new ForbiddenActionException(this, capability);
        }
    }

    /// <summary>The signed-in user of a request, as the sign-in cookie names them.</summary>
    public static Actor From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        principal.FindFirstValue(BackOfficeClaims.DisplayName) ?? principal.Identity?.Name ?? "",
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet());
}

/// <summary>Claims the back office puts in its sign-in cookie besides the user's id, name and roles.</summary>
public static class BackOfficeClaims
{
    /// <summary>The user's display name.</summary>
    public const string DisplayName = "federation:display_name";
}

/// <summary>The actor's roles do not allow the action; nothing was changed.</summary>
public sealed class ForbiddenActionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ForbiddenActionException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ForbiddenActionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ForbiddenActionException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception for an actor and what they tried.</summary>
    public ForbiddenActionException(Actor actor, CmsCapability capability)
        : base($"{actor.Name} ({string.Join(", ", actor.Roles.DefaultIfEmpty("no role"))}) may not {capability}.") => Capability = capability;

    /// <summary>What was needed.</summary>
    public CmsCapability Capability { get; }
}
