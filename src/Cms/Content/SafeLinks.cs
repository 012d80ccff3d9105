using System.Globalization;

namespace Federation.Cms.Content;

/// <summary>
/// The one rule for addresses in content: what a URL field may hold on every way into the store
/// (the edit form, both imports), what rich text may link to, and what a page, feed or the API may
/// emit as a link. A link is an absolute http or https address with a host, a mailto: address, or
/// a place on this site (<c>/news/…</c>, <c>#part</c>). Everything else is refused on the way in and
/// never emitted as a link on the way out: <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, a
/// protocol-relative <c>//host</c>, entity-encoded schemes, and addresses hiding spaces or control
/// characters, which browsers strip before they read the scheme (WHATWG URL Standard, "basic URL
/// parser": leading and trailing C0 controls and spaces, and tabs and newlines anywhere, are removed).
/// </summary>
public static class SafeLinks
{
    /// <summary>The longest address a URL field holds; the same bound as a webhook's.</summary>
    public const int MaxLength = 2000;

    /// <summary>The problem code for a URL field that is not an http or https address.</summary>
    public const string NotWebAddress = "must be an http or https address, like https://www.ttbz.org.cn/";

    /// <summary>The problem code for a URL field longer than <see cref="MaxLength"/>.</summary>
    public static readonly string TooLong = string.Create(CultureInfo.InvariantCulture, $"must be at most {MaxLength} characters");

    /// <summary>
    /// Why <paramref name="url"/> cannot be stored in a URL field (an address on another site, such
    /// as a standard's national registration), or null when it can: absent, or an absolute http or
    /// https address with a host and no user name in it.
    /// </summary>
    public static string? Problem(string? url) => url switch
    {
        null => null,
        { Length: > MaxLength } => TooLong,
        _ when IsWebAddress(url) => null,
        _ => NotWebAddress,
    };

    /// <summary>Whether <paramref name="href"/> may be written as a link's target (an <c>href</c> or <c>src</c>).</summary>
    public static bool IsSafe(string? href)
    {
        if (string.IsNullOrEmpty(href) || HasDisguisingCharacters(href))
        {
            return false;
        }

        return href[0] switch
        {
            // "//host" leaves the site (and so would "/\host", refused with every backslash).
            '/' => href.Length == 1 || href[1] != '/',
            '#' => true,
            _ => IsWebAddress(href) || IsMailAddress(href),
        };
    }

    /// <summary><paramref name="href"/> when it is <see cref="IsSafe">safe</see> to emit as a link, else null.</summary>
    public static string? OrNull(string? href) => IsSafe(href) ? href : null;

    static bool IsWebAddress(string url) =>
        !HasDisguisingCharacters(url)
        && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Length > 0
        // https://www.ttbz.org.cn@evil.example/ reads as the platform's address but goes elsewhere.
        && uri.UserInfo.Length == 0;

    static bool IsMailAddress(string href) =>
        href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && href.AsSpan(7).Contains('@');

    // Spaces, controls and invisible format characters (zero-width space, BOM, bidi marks) have no
    // place in an address, and they are how a scheme is disguised from a check like this one; a
    // backslash is one too, as browsers read it as a slash in http(s) addresses ("/\evil.example").
    static bool HasDisguisingCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return true;
            }
        }

        return false;
    }
}
