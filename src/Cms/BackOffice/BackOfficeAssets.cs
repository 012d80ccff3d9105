using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Federation.Cms.BackOffice;

/// <summary>
/// The back office's stylesheet and script, embedded in this assembly (the script is bundled from
/// npm packages at build time, see <c>BackOffice/Client</c>) and served at <c>/cms/assets/{name}</c>
/// with a content hash in the URL, so browsers keep them until they change.
/// </summary>
internal static class BackOfficeAssets
{
    const string Prefix = "cms-assets/";

    sealed record Asset(byte[] Bytes, string ContentType, string Hash);

    static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>The URL of an asset, with its content hash.</summary>
    public static string Url(string name) =>
        $"{BackOfficeServiceCollectionExtensions.PathBase}/assets/{name}?v={(Assets.TryGetValue(name, out var asset) ? asset.Hash : "missing")}";

    public static IEndpointRouteBuilder MapBackOfficeAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(BackOfficeServiceCollectionExtensions.PathBase + "/assets/{name}", (string name, HttpContext context) =>
        {
            if (!Assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            var etag = new EntityTagHeaderValue($"\"{asset.Hash}\"");
            context.Response.Headers.CacheControl = context.Request.Query["v"] == asset.Hash ? "public, max-age=31536000, immutable" : "no-cache";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return context.Request.Headers.IfNoneMatch == etag.ToString()
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(asset.Bytes, asset.ContentType, entityTag: etag);
        });
        return app;
    }

    static FrozenDictionary<string, Asset> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, Asset>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var name = resource[Prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            assets[name] = new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
        }

        return assets.ToFrozenDictionary();
    }
}
