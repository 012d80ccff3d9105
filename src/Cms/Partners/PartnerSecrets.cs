using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace Federation.Cms.Partners;

/// <summary>
/// Partner API keys: 40 random letters and digits from the operating system's CSPRNG after <c>fed_</c>
/// (about 238 bits), so a key survives a double-click and a URL. Only the SHA-256 hash is stored: a
/// key with that much entropy needs no slow hash, and a lookup must cost a request almost nothing.
/// </summary>
internal static class ApiKeys
{
    public const string Start = "fed_";

    /// <summary>How many of the key's characters are kept in clear to recognise and find it: <c>fed_</c> and eight more.</summary>
    public const int PrefixLength = 12;

    const int RandomLength = 40;

    /// <summary><see cref="Start"/> and <see cref="RandomLength"/> characters.</summary>
    const int KeyLength = 44;

    /// <summary>Letters and digits: a key or secret survives a double-click, a URL and a shell.</summary>
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string Generate() => Start + RandomNumberGenerator.GetString(Alphabet, RandomLength);

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The prefix of something offered as a key, or null when it cannot be one of ours.</summary>
    public static string? PrefixOf(string? key) =>
        key is { Length: KeyLength } && key.StartsWith(Start, StringComparison.Ordinal) ? key[..PrefixLength] : null;
}

/// <summary>
/// Webhook signing secrets: <c>whsec_</c> and 40 random letters and digits. Signing needs the secret
/// itself, so it is kept encrypted with ASP.NET Core Data Protection (the keys every node shares, see
/// docs/scale-out.md), never in clear.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    readonly IDataProtector protector = provider.CreateProtector("Federation.Partners.WebhookSecret.v1");

    public static string Generate() => "whsec_" + RandomNumberGenerator.GetString(ApiKeys.Alphabet, 40);

    public string Protect(string secret) => protector.Protect(secret);

    /// <summary>The secret in clear, or null when the data-protection keys that protected it are gone.</summary>
    public string? Unprotect(string protectedSecret)
    {
        try
        {
            return protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>Ids of trusted GraphQL documents.</summary>
public static class TrustedDocumentIds
{
    /// <summary>The length of an id: <c>sha256:</c> and 64 hex digits.</summary>
    public const int Length = 7 + 64;

    /// <summary><c>sha256:</c> followed by the lowercase hex SHA-256 of <paramref name="document"/>'s UTF-8 text, exactly as stored (no trimming, no normalising of line ends).</summary>
    public static string Of(string document) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Whether <paramref name="documentId"/> has the form of an id: <c>sha256:</c> and 64 hex digits, in either case.</summary>
    public static bool IsWellFormed(string documentId) =>
        documentId.Length == Length && documentId.StartsWith("sha256:", StringComparison.Ordinal) && documentId.Skip(7).All(char.IsAsciiHexDigit);
}
