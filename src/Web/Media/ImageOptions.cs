using Microsoft.Extensions.Options;

namespace Federation.Web.Media;

/// <summary>How images are resized for the public (<c>Images:*</c>); see docs/images.md.</summary>
internal sealed class ImageOptions
{
    /// <summary>
    /// The key that signs URLs of variants that are not presets (HMAC-SHA256), at least 32 characters.
    /// Every node of a site needs the same one. Default: none, and a random key kept in the media
    /// folder (<c>.keys/image-urls.key</c>) is used instead, which nodes sharing that folder share and
    /// which survives restarts.
    /// </summary>
    public string? HmacKey { get; set; }

    /// <summary>The longest side of a variant, in pixels: a larger <c>w</c> or <c>h</c> is refused, and variants of larger originals are scaled down to it. Default 2560.</summary>
    public int MaxSide { get; set; } = 2560;

    /// <summary>
    /// Named variants anyone may ask for with <c>?preset={name}</c>, no signature needed. Default: none
    /// in code; <c>appsettings.json</c> has the width ladder <c>w320</c> to <c>w1920</c> and the crops
    /// <c>card</c>, <c>square</c> and <c>og</c>. The width-only presets are the widths of
    /// <c>srcset</c>s.
    /// </summary>
    public Dictionary<string, ImagePreset> Presets { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How many bytes of variants the cache under the media folder keeps. Past it, the variants used
    /// longest ago are deleted until nine tenths are left (they are rendered again if asked for).
    /// Default 2 GiB.
    /// </summary>
    public long CacheMaxBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// How many bytes of the variants served lately each node keeps in memory, so that serving them
    /// reads no file; those used longest ago leave first, and variants over 1 MiB are never kept.
    /// 0 keeps none. Default 64 MiB.
    /// </summary>
    public long MemoryCacheBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>How many variants one node renders at once; others wait their turn. Default: the number of processors.</summary>
    public int MaxConcurrentRenders { get; set; } = Environment.ProcessorCount;
}

/// <summary>A named variant: a size, how it fits, and optionally a format and quality.</summary>
internal sealed class ImagePreset
{
    /// <summary>Width in pixels; with no height, the height follows the image's proportions.</summary>
    public int? Width { get; set; }

    /// <summary>Height in pixels; with no width, the width follows the image's proportions.</summary>
    public int? Height { get; set; }

    /// <summary>With both width and height: <c>crop</c> (the default; fills the box, cut around the focal point), <c>pad</c> or <c>max</c>.</summary>
    public string? Crop { get; set; }

    /// <summary><c>jpeg</c>, <c>png</c>, <c>webp</c> or <c>avif</c>; default: chosen from the browser's Accept header.</summary>
    public string? Format { get; set; }

    /// <summary>Quality of lossy formats, 1 to 100; default: the format's own (JPEG and WebP 80, AVIF 50).</summary>
    public int? Quality { get; set; }
}

/// <summary>Refuses at start-up what would make image URLs fail later: a short key, a preset that could never render.</summary>
internal sealed class ImageOptionsValidation : IValidateOptions<ImageOptions>
{
    public ValidateOptionsResult Validate(string? name, ImageOptions options)
    {
        var problems = new List<string>();
        if (options.HmacKey is { } key && key.Length < 32)
        {
            problems.Add("Images:HmacKey must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)");
        }

        if (options.MaxSide is < 16 or > 16_384)
        {
            problems.Add("Images:MaxSide must be between 16 and 16384");
        }

        if (options.CacheMaxBytes < 1)
        {
            problems.Add("Images:CacheMaxBytes must be positive");
        }

        if (options.MemoryCacheBytes < 0)
        {
            problems.Add("Images:MemoryCacheBytes must be 0 (none kept in memory) or more");
        }

        if (options.MaxConcurrentRenders < 1)
        {
            problems.Add("Images:MaxConcurrentRenders must be at least 1");
        }

        foreach (var (presetName, preset) in options.Presets)
        {
            if (!presetName.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                problems.Add($"Images:Presets:{presetName}: a preset's name has only letters, digits and hyphens");
            }

            if (VariantSpec.FromPreset(preset, options.MaxSide) is { Problem: { } problem })
            {
                problems.Add($"Images:Presets:{presetName}: {problem}");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
