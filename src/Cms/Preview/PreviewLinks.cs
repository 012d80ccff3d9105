using System.Globalization;
using System.Security.Cryptography;
using Federation.Cms.Snapshot;
using Federation.Cms.Users;
using Microsoft.AspNetCore.DataProtection;

namespace Federation.Cms.Preview;

/// <summary>
/// Signed links that show a saved version on its real public page before it is published. The token
/// names the item, the version and when the link expires, encrypted and authenticated with ASP.NET
/// Core data protection, so nobody can make one up or stretch one; it expires after a day.
/// </summary>
internal sealed class PreviewLinks(IDataProtectionProvider protection, SnapshotLoader loader, TimeProvider time) : IPreviews
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    readonly IDataProtector protector = protection.CreateProtector("Federation.Cms.Preview.v1");

    /// <summary>A token for <paramref name="version"/> of an item, good for <see cref="Lifetime"/>.</summary>
    public (string Token, DateTimeOffset Expires) Create(Actor actor, Guid itemId, int version)
    {
        actor.Demand(CmsCapability.EditContent);
        var expires = time.GetUtcNow() + Lifetime;
        return (protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{itemId:N}.{version}.{expires.ToUnixTimeSeconds()}")), expires);
    }

    /// <summary>The version a token shows, as the public page renders it; null for a token that is forged, damaged or expired, or names a version that is gone.</summary>
    public async Task<PreviewItem?> OpenAsync(string token, CancellationToken cancellationToken = default)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The key ring could not be read (its store, Redis, away at start-up): the link cannot be checked now.
            return null;
        }

        var parts = payload.Split('.');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var itemId)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (expires <= time.GetUtcNow())
        {
            return null;
        }

        return await loader.LoadVersionAsync(itemId, version, cancellationToken) is { } item ? new PreviewItem(item, version, expires) : null;
    }
}

/// <summary>What the public site needs of preview links: to open one.</summary>
public interface IPreviews
{
    /// <summary>The version a token shows, as the public page renders it; null for a token that is forged, damaged or expired, or names a version that is gone.</summary>
    Task<PreviewItem?> OpenAsync(string token, CancellationToken cancellationToken = default);
}

/// <summary>A saved version shown by a preview link, and when the link stops working.</summary>
public sealed record PreviewItem(PublishedItem Item, int Version, DateTimeOffset Expires);
