using System.Buffers.Text;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Federation.Api.Publishing;
using Federation.Cms.Media;
using Microsoft.Extensions.Options;

namespace Federation.Web.Media;

/// <summary>
/// The one place that makes variant URLs and checks them: presets by name, any other variant signed
/// with HMAC-SHA256 over its canonical parameters, and <c>v</c>, the version of the image, so that a
/// changed focal point (or a change to how variants are rendered) gives new URLs and immutable caching
/// stays true.
/// </summary>
internal sealed class VariantUrls
{
    /// <summary>Bump when rendering changes what variants look like: every variant gets a new URL and a new cached file.</summary>
    const int Generation = 1;

    // HMAC-SHA256 cut to 128 bits, as RFC 2104 §5 allows: 22 characters in a URL instead of 43.
    const int SignatureBytes = 16;

    /// <summary>The srcset widths when no width-only preset is configured.</summary>
    static readonly int[] DefaultWidths = [320, 640, 960, 1280, 1920];

    static readonly ConditionalWeakTable<MediaItem, string> Versions = new();

    readonly UrlSigningKey key;
    readonly Dictionary<int, string> presetOfWidth;

    public VariantUrls(IOptions<ImageOptions> options, UrlSigningKey key)
    {
        this.key = key;
        MaxSide = options.Value.MaxSide;
        Presets = options.Value.Presets.ToDictionary(p => p.Key, p => VariantSpec.FromPreset(p.Value, MaxSide).Spec!, StringComparer.OrdinalIgnoreCase);
        presetOfWidth = Presets.Where(p => p.Value is { Width: not null, Height: null, Format: null, Quality: null })
            .GroupBy(p => p.Value.Width!.Value)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order(StringComparer.Ordinal).First());
        Widths = presetOfWidth.Count > 0 ? [.. presetOfWidth.Keys.Order()] : DefaultWidths;
    }

    /// <summary>The longest side of a variant.</summary>
    public int MaxSide { get; }

    /// <summary>The presets by name, any case.</summary>
    public IReadOnlyDictionary<string, VariantSpec> Presets { get; }

    /// <summary>The widths of width-only presets (else a default ladder), narrowest first.</summary>
    public IReadOnlyList<int> Widths { get; }

    /// <summary>
    /// The version of what variants of <paramref name="media"/> are made from: its file and the focal
    /// point crops are cut around. Eight hex digits.
    /// </summary>
    public static string Version(MediaItem media) => Versions.GetValue(media, ComputeVersion);

    // Media items are immutable and live in the published snapshot, so each one's version is worked out once (a SHA-256 a request otherwise).
    static string ComputeVersion(MediaItem media)
    {
        var focal = media.FocalPoint is { } point ? string.Create(CultureInfo.InvariantCulture, $"{point.X:R},{point.Y:R}") : "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Generation}\n{media.File}\n{media.Size}\n{focal}"));
        return Convert.ToHexStringLower(hash, 0, 4);
    }

    /// <summary>The path of a preset of <paramref name="media"/>, e.g. <c>/media/{id}/hall.jpg?preset=card&amp;v=…</c>.</summary>
    public static string PresetPath(MediaItem media, string preset) => $"{MediaUrls.Original(media)}?preset={preset}&v={Version(media)}";

    /// <summary>The signed path of any variant of <paramref name="media"/>.</summary>
    public string SignedPath(MediaItem media, VariantSpec spec) =>
        $"{MediaUrls.Original(media)}?{spec.Canonical}&v={Version(media)}&sig={Base64Url.EncodeToString(Sign(media, spec))}";

    /// <summary>
    /// The path of <paramref name="media"/> at <paramref name="width"/> rounded up to the next width of
    /// <see cref="Widths"/>, capped at the original's width and at <see cref="MaxSide"/>: a preset's
    /// when one has that width, else (the widest the image allows) signed.
    /// </summary>
    public ImageLink AtWidth(MediaItem media, int width)
    {
        var widest = MaxSide;
        if (media.Width is > 0 and var original)
        {
            widest = Math.Min(widest, original);
            if (media.Height is > 0 and var height)
            {
                // A tall image's variants are capped by their height too.
                widest = Math.Min(widest, (int)Math.Max(1, (long)MaxSide * original / height));
            }
        }

        // Rounded up to the ladder, so GraphQL callers cannot have the server render arbitrary sizes:
        // they get a preset, or the widest this image allows.
        var actual = Math.Clamp(Widths.FirstOrDefault(w => w >= width, widest), 1, widest);
        return presetOfWidth.TryGetValue(actual, out var preset)
            ? new ImageLink(PresetPath(media, preset), actual)
            : new ImageLink(SignedPath(media, new VariantSpec(actual, null, ImageFit.Max, null, null)), actual);
    }

    /// <summary>
    /// The candidates of an <c>img</c> element's <c>srcset</c>: the ladder's widths, each capped at the
    /// original's and listed once, narrowest first. A 1000-pixel image gets 320, 640, 960 and 1000.
    /// </summary>
    public IReadOnlyList<ImageLink> Srcset(MediaItem media) =>
        [.. Widths.Select(width => AtWidth(media, width)).DistinctBy(link => link.Width).OrderBy(link => link.Width)];

    /// <summary>Whether <paramref name="signature"/> is the one this site gives <paramref name="spec"/> of <paramref name="media"/>.</summary>
    public bool IsSigned(MediaItem media, VariantSpec spec, string signature)
    {
        Span<byte> given = stackalloc byte[SignatureBytes];
        return Base64Url.IsValid(signature, out var length) && length == SignatureBytes
            && Base64Url.DecodeFromChars(signature, given) == SignatureBytes
            && CryptographicOperations.FixedTimeEquals(given, Sign(media, spec));
    }

    // Signs the media item and the variant's canonical parameters; v is left out since it changes nothing rendered.
    byte[] Sign(MediaItem media, VariantSpec spec) =>
        HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes($"{media.Id:N}/{media.File}?{spec.Canonical}"))[..SignatureBytes];
}
