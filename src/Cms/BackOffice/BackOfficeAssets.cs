using Federation.Cms.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Federation.Cms.BackOffice;

/// <summary>
/// The back office's stylesheet and script, embedded in this assembly (the script is bundled from
/// npm packages at build time, see <c>BackOffice/Client</c>) and served at <c>/cms/assets/{name}</c>
/// with a content hash in the URL, so browsers keep them until they change.
/// </summary>
internal static class BackOfficeAssets
{
    static readonly EmbeddedAssets Assets = new(typeof(BackOfficeAssets).Assembly, "cms-assets/", BackOfficeServiceCollectionExtensions.PathBase + "/assets");

    /// <summary>The URL of an asset, with its content hash.</summary>
    public static string Url(string name) => Assets.Url(name);

    public static IEndpointRouteBuilder MapBackOfficeAssets(this IEndpointRouteBuilder app)
    {
        Assets.Map(app);
        return app;
    }
}
