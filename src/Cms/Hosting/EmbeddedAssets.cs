using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Federation.Cms.Hosting;

/// <summary>
/// Files embedded in an assembly under one resource-name prefix (stylesheets, and scripts bundled
/// from npm packages at build time), served from memory at <c>{path}/{name}</c> with a content hash
/// in the URL: a request that names the current hash may be kept by browsers for a year as immutable;
/// any other is revalidated by its ETag. Shared by the back office and the GraphQL explorer.
/// </summary>
public sealed class EmbeddedAssets
{
    sealed record Asset(byte[] Bytes, string ContentType, string Hash);

    readonly FrozenDictionary<string, Asset> assets;

    /// <summary>Reads the files of <paramref name="assembly"/> whose logical names start with <paramref name="resourcePrefix"/>.</summary>
    /// <param name="assembly">The assembly that embeds the files.</param>
    /// <param name="resourcePrefix">The start of their logical names, e.g. <c>cms-assets/</c>; the rest is the file's name in URLs.</param>
    /// <param name="path">Where they are served, e.g. <c>/cms/assets</c>.</param>
    public EmbeddedAssets(Assembly assembly, string resourcePrefix, string path)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(resourcePrefix);
        Path = path;
        assets = Load(assembly, resourcePrefix);
    }

    /// <summary>Where the files are served.</summary>
    public string Path { get; }

    /// <summary>The names of the files, as they appear in URLs.</summary>
    public IEnumerable<string> Names => assets.Keys;

    /// <summary>The URL of a file, with its content hash (<c>v=missing</c> for a name that is not embedded).</summary>
    public string Url(string name) =>
        $"{Path}/{name}?v={(assets.TryGetValue(name, out var asset) ? asset.Hash : "missing")}";

    /// <summary>Maps <c>GET {path}/{name}</c>.</summary>
    public IEndpointConventionBuilder Map(IEndpointRouteBuilder app) =>
        app.MapRead(Path + "/{name}", (string name, HttpContext context) =>
        {
            if (!assets.TryGetValue(name, out var asset))
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

    static FrozenDictionary<string, Asset> Load(Assembly assembly, string prefix)
    {
        var assets = new Dictionary<string, Asset>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var name = resource[prefix.Length..];
            var type = System.IO.Path.GetExtension(name) switch
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
