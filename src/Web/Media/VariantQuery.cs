using System.Globalization;

namespace Federation.Web.Media;

/// <summary>
/// What the query string of <c>/media/{id}/{file}</c> asks for: the original (no parameters), a
/// preset (<c>preset</c>, optionally <c>fmt</c>), or any other variant (<c>w</c>, <c>h</c>,
/// <c>crop</c>, <c>fmt</c>, <c>q</c>) with its signature (<c>sig</c>). <c>v</c>, the version of the
/// image that URLs the site makes carry, may come with any of them.
/// </summary>
/// <param name="Spec">The variant; null for the original.</param>
/// <param name="Preset">The preset's name as configured, when a preset was asked for.</param>
/// <param name="Signature">The signature given, if any.</param>
/// <param name="Version">The image version given, if any.</param>
internal sealed record VariantQuery(VariantSpec? Spec, string? Preset, string? Signature, string? Version)
{
    static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "w", "h", "crop", "fmt", "q", "preset", "sig", "v" };

    /// <summary>Reads the query; a problem names the parameter that is wrong and what it may be.</summary>
    public static (VariantQuery? Query, string? Problem) Parse(IQueryCollection query, IReadOnlyDictionary<string, VariantSpec> presets, int maxSide)
    {
        // Other parameters (a share's fbclid, a campaign's utm_*) are left alone, as every page does.
        foreach (var (name, values) in query.Where(p => Known.Contains(p.Key)))
        {
            if (values.Count != 1 || string.IsNullOrEmpty(values[0]))
            {
                return (null, $"give \"{name}\" once, with a value");
            }
        }

        string? Text(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        var version = Text("v");
        var signature = Text("sig");
        if (Text("preset") is { } presetName)
        {
            if (query.Keys.Where(Known.Contains).FirstOrDefault(k => k is not ("preset" or "fmt" or "v")) is { } extra)
            {
                return (null, $"a preset takes no \"{extra}\"; only fmt may come with it");
            }

            if (!presets.TryGetValue(presetName, out var preset))
            {
                return (null, $"there is no preset \"{Shorten(presetName)}\"; the presets are {string.Join(", ", presets.Keys.Order(StringComparer.Ordinal))}");
            }

            if (Text("fmt") is not { } format)
            {
                return (new VariantQuery(preset, presetName, null, version), null);
            }

            return VariantSpec.ParseFormat(format) is { } parsed
                ? (new VariantQuery(preset with { Format = parsed }, presetName, null, version), null)
                : (null, VariantSpec.FormatProblem(format));
        }

        if (!query.Keys.Any(k => k is "w" or "h" or "crop" or "fmt" or "q"))
        {
            return signature is null
                ? (new VariantQuery(null, null, null, version), null)
                : (null, "sig signs a variant: give the parameters it signs (w, h, crop, fmt, q)");
        }

        var (width, widthProblem) = Number(query, "w");
        var (height, heightProblem) = Number(query, "h");
        var (quality, qualityProblem) = Number(query, "q");
        if ((widthProblem ?? heightProblem ?? qualityProblem) is { } numberProblem)
        {
            return (null, numberProblem);
        }

        var (spec, problem) = VariantSpec.Create(width, height, Text("crop"), Text("fmt"), quality, maxSide);
        return spec is null ? (null, problem) : (new VariantQuery(spec, null, signature, version), null);
    }

    static (int? Value, string? Problem) Number(IQueryCollection query, string name) =>
        !query.TryGetValue(name, out var value) ? (null, null)
        // Digits only: no sign, spaces, exponent or thousands separator.
        : int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? (number, null)
        : (null, $"{name} must be a whole number, not \"{Shorten(value.ToString())}\"");

    /// <summary>What the caller sent, cut short: a problem repeats it, not a megabyte of it.</summary>
    public static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
