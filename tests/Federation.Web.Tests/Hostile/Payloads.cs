namespace Federation.Web.Tests.Hostile;

/// <summary>
/// The corpus's hostile values. Each is made around a marker unique to its case, so a check can tell
/// whether that case's script came back live (in a script, an event handler, a script URL) or only
/// as text.
/// </summary>
internal static class Payloads
{
    /// <summary>A hostile value: its name in test names, and how to make it around a marker.</summary>
    public sealed record Payload(string Name, Func<string, string> Make)
    {
        public override string ToString() => Name;
    }

    /// <summary>Values for text: script, markup that breaks out of attributes, script URLs, and text that breaks parsers.</summary>
    public static readonly Payload[] Text =
    [
        new("script element", m => $"<script>alert('{m}')</script>"),
        new("img onerror", m => $"<img src=x onerror=\"alert('{m}')\">"),
        new("attribute breakout", m => $"\"><svg onload=alert('{m}')>"),
        new("single-quote breakout", m => $"'><svg onload=alert('{m}')>"),
        new("script end in JSON-LD", m => $"</script><script>alert('{m}')</script>"),
        new("javascript URL", m => $"javascript:alert('{m}')"),
        new("disguised javascript URL", m => $" \tJaVaScRiPt:alert('{m}')"),
        new("data URL", m => $"data:text/html,<script>alert('{m}')</script>"),
        new("vbscript URL", m => $"vbscript:msgbox('{m}')"),
        new("protocol-relative URL", m => $"//evil.example/{m}"),
        new("entity-encoded script", m => $"&lt;script&gt;alert('{m}')&#x3c;/script&#x3e;"),
        new("lone surrogate", m => $"{m}\uD800x"),
        new("NUL and controls", m => $"{m}\u0000\u0001\u001b[31m"),
        new("bidi and zero-width", m => $"\u202E{m}\u200B\uFEFF"),
        new("emoji at the cut", m => new string('标', 255) + "😀" + m),
        new("overlong", m => m + new string('长', 3000)),
        new("SQL", m => $"' OR 1=1; DROP TABLE items; --{m}"),
        new("path traversal", m => $"../../../etc/passwd%00{m}"),
        new("format string", m => $"{{0}}%s%n%x{{{{{m}}}}}"),
        new("normalisation growth", m => new string('\uFDFA', 500) + m),
    ];

    /// <summary>The text payload named <paramref name="name"/>; theories carry names, which xUnit can show and count case by case.</summary>
    public static Payload Named(string name) => Text.Single(p => p.Name == name);

    /// <summary>Values for date and time inputs.</summary>
    public static readonly string[] Dates =
    [
        "0001-01-01T00:00", "9999-12-31T23:59", "0000-00-00T00:00", "2026-02-30T10:00", "2026-13-01T10:00", "2026-12-01T25:61",
        "-2026-12-01T10:00", "2026-12-01", "2026-12-01T10:00:00Z", "2026-12-01T10:00+99:00", "1e309", "<script>", "", "２０２６-１２-０１T１０:００",
    ];

    /// <summary>Values for number inputs.</summary>
    public static readonly string[] Numbers =
    [
        "-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1e309", "NaN", "Infinity", "1.5", "0x10", "١٢", "  7  ", "<script>", "",
    ];

    /// <summary>The marker for one case: short, plain letters and digits, unique to the case's name.</summary>
    public static string Marker(string @case) => "hx" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(@case)), 0, 5).ToLowerInvariant();

    /// <summary>The forms in which <paramref name="marker"/>'s payloads would run if they came back unencoded in HTML.</summary>
    public static IEnumerable<string> Unencoded(string marker) =>
    [
        $"<script>alert('{marker}')",
        $"onerror=\"alert('{marker}')",
        $"<svg onload=alert('{marker}')",
    ];
}
