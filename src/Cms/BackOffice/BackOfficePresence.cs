using Federation.Cms.Editing;
using Federation.Cms.Users;
using Federation.Cms.Versions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Cms.BackOffice;

/// <summary>
/// <c>POST /cms/presence/{id}</c>: the edit page's heartbeat. It answers who else has the item open
/// and its newest version, so an editor learns of another's save before their own is refused.
/// <c>POST /cms/presence/{id}/leave</c> when the page closes. The sign-in cookie is SameSite=Strict,
/// so another site cannot post these for a signed-in editor.
/// </summary>
internal static class BackOfficePresence
{
    public static IEndpointRouteBuilder MapBackOfficePresence(this IEndpointRouteBuilder app)
    {
        var presence = app.MapGroup(BackOfficeServiceCollectionExtensions.PathBase + "/presence/{id:guid}").RequireAuthorization(BackOfficePolicies.EditContent);
        presence.MapPost("/", async (Guid id, HttpContext context, EditorPresence editors, VersionHistory history) =>
            await history.FindItemAsync(id, context.RequestAborted) is { } item
                ? Results.Json(new { others = editors.Touch(id, Actor.From(context.User)), latestVersion = item.LatestVersion })
                : Results.NotFound());
        presence.MapPost("/leave", (Guid id, HttpContext context, EditorPresence editors) =>
        {
            editors.Leave(id, Actor.From(context.User));
            return Results.NoContent();
        });
        return app;
    }
}
