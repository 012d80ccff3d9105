using Federation.Cms.Hosting;
using Federation.Cms.Media;
using Federation.Cms.Transfer;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Federation.Cms.BackOffice;

/// <summary>
/// <c>/cms/media/{id}/file</c> and <c>/cms/media/{id}/thumbnail</c>: every media item, drafts' included,
/// for signed-in editors only. The public site serves only the media of published items.
/// </summary>
internal static class BackOfficeMediaFiles
{
    public static IEndpointRouteBuilder MapBackOfficeMediaFiles(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup(BackOfficeServiceCollectionExtensions.PathBase + "/media/{id:guid}").RequireAuthorization(BackOfficePolicies.EditContent);
        media.MapRead("/file", async (Guid id, HttpContext context, MediaLibrary library, MediaFiles files) =>
            await library.FindAsync(Actor.From(context.User), id) is { } item ? Serve(context, files.PathOf(id, item.File), item.ContentType, item.File) : Results.NotFound());
        media.MapRead("/thumbnail", async (Guid id, HttpContext context, MediaLibrary library, MediaFiles files) =>
            await library.FindAsync(Actor.From(context.User), id) is { IsImage: true } item && Thumbnails.Ensure(files.PathOf(id, item.File), files.ThumbnailOf(id))
                ? Serve(context, files.ThumbnailOf(id), "image/webp", null)
                : Results.NotFound());
        return app;
    }

    static IResult Serve(HttpContext context, string path, string contentType, string? downloadName)
    {
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        context.Response.Headers.CacheControl = "private, max-age=300";
        var inline = contentType.StartsWith("image/", StringComparison.Ordinal) || contentType == "application/pdf";
        return Results.File(path, inline ? contentType : "application/octet-stream", inline ? null : downloadName, enableRangeProcessing: true);
    }
}
