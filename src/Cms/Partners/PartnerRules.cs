using System.Globalization;
using System.Net;
using Federation.Cms.Content;
using Federation.Cms.Editing;

namespace Federation.Cms.Partners;

/// <summary>What a partner, a webhook and a trusted document must be, with the problems shown beside each field.</summary>
internal static class PartnerRules
{
    /// <summary>The rate limit a new partner gets: query cost per minute.</summary>
    public const int DefaultCostPerMinute = 1000;

    public const int MaxCostPerMinute = 1_000_000;

    public const int MaxNameLength = 200;

    public const int MaxContactLength = 500;

    public const int MaxNotesLength = 2000;

    public const int MaxUrlLength = SafeLinks.MaxLength;

    public const int MaxOrigins = 50;

    /// <summary>A trusted document's text, at most: the API's own limit on a request body is 256 KB.</summary>
    public const int MaxDocumentLength = 100_000;

    public static IReadOnlyList<ValidationProblem> Check(PartnerInput input, out IReadOnlyList<string> origins)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            problems.Add(new("name", "请填写名称。"));
        }
        else if (input.Name.Trim().Length > MaxNameLength)
        {
            problems.Add(new("name", $"名称最多 {MaxNameLength} 个字符。"));
        }

        if (input.Contact?.Trim().Length > MaxContactLength)
        {
            problems.Add(new("contact", $"联系方式最多 {MaxContactLength} 个字符。"));
        }

        if (input.Notes?.Trim().Length > MaxNotesLength)
        {
            problems.Add(new("notes", $"备注最多 {MaxNotesLength} 个字符。"));
        }

        if (!int.TryParse(input.CostPerMinute?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var cost) || cost is < 1 or > MaxCostPerMinute)
        {
            problems.Add(new("costPerMinute", $"请填写 1 到 {MaxCostPerMinute:N0} 之间的整数。"));
        }

        var normalized = new List<string>();
        foreach (var line in Lines(input.AllowedOrigins))
        {
            if (PartnerOrigins.Normalize(line) is { } origin)
            {
                if (!normalized.Contains(origin, StringComparer.Ordinal))
                {
                    normalized.Add(origin);
                }
            }
            else
            {
                problems.Add(new("allowedOrigins", $"“{line}”不是来源：只写协议、主机和端口，如 https://partner.example.org 或 http://localhost:8080，不带路径。"));
            }
        }

        if (normalized.Count > MaxOrigins)
        {
            problems.Add(new("allowedOrigins", $"最多 {MaxOrigins} 个来源。"));
        }

        origins = normalized;
        return problems;
    }

    public static IReadOnlyList<ValidationProblem> Check(WebhookInput input, out IReadOnlyList<ContentType> types)
    {
        var problems = new List<ValidationProblem>();
        if (WebhookUrls.Problem(input.Url) is { } urlProblem)
        {
            problems.Add(new("url", urlProblem));
        }

        if (!input.OnPublished && !input.OnUnpublished)
        {
            problems.Add(new("events", "请至少选择一种事件。"));
        }

        var chosen = new List<ContentType>();
        foreach (var name in input.ContentTypes)
        {
            if (ContentTypeInfo.FromName(name) is { } type)
            {
                chosen.Add(type.Type);
            }
            else
            {
                problems.Add(new("contentTypes", $"“{name}”不是内容类型。"));
            }
        }

        types = chosen.Distinct().Order().ToList();
        return problems;
    }

    /// <summary>The non-empty, trimmed lines of a text box.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Browser origins as the <c>Origin</c> header serializes them (RFC 6454 §6.2): lowercase scheme and host, the port only when not the scheme's default.</summary>
public static class PartnerOrigins
{
    /// <summary>
    /// <paramref name="text"/> as an origin, e.g. <c>HTTPS://Partner.Example.org:443/</c> as
    /// <c>https://partner.example.org</c>; null when it is not one (a path, a query, user info, a scheme other than http or https, a wildcard).
    /// </summary>
    public static string? Normalize(string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Contains('*', StringComparison.Ordinal)
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0
            || text.EndsWith('?') || text.EndsWith('#')
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        // IdnHost is punycode, as browsers send it, and drops an IPv6 address's brackets, which the header keeps.
        var host = uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost}]" : uri.IdnHost;
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";
    }
}

/// <summary>Where webhooks may point: https anywhere, plain http only on this machine (for development and tests).</summary>
internal static class WebhookUrls
{
    /// <summary>Why <paramref name="url"/> cannot be a webhook's address, or null when it can.</summary>
    public static string? Problem(string? url)
    {
        url = url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return "请填写目标网址。";
        }

        if (url.Length > PartnerRules.MaxUrlLength)
        {
            return $"网址最多 {PartnerRules.MaxUrlLength} 个字符。";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(uri.Host))
        {
            return $"“{url}”不是完整的网址，如 https://partner.example.org/hooks/federation。";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "网址中不能含用户名或密码；请用签名密钥验证来源。";
        }

        if (uri.Fragment.Length > 0)
        {
            return "网址中不能含 # 片段。";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            return "请使用 https；http 只允许本机地址（localhost、127.0.0.1），用于开发和测试。";
        }

        return null;
    }

    static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
