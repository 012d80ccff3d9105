using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Federation.Api.Webhooks;

/// <summary>
/// The <c>Federation-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, the
/// HMAC keyed with the webhook's secret (its UTF-8 bytes) over <c>"&lt;t&gt;.&lt;raw body&gt;"</c>. The time
/// inside the signed text lets receivers refuse a replayed request (the scheme Stripe's webhooks use).
/// </summary>
internal static class WebhookSignature
{
    /// <summary>The header's name.</summary>
    public const string Header = "Federation-Signature";

    /// <summary>The header's value for <paramref name="body"/> sent at <paramref name="at"/>.</summary>
    public static string Sign(string secret, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Hmac(secret, timestamp, body))}";
    }

    static byte[] Hmac(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
