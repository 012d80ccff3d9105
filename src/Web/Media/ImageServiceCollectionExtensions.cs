using Microsoft.Extensions.Options;

namespace Federation.Web.Media;

/// <summary>Adds the resized variants of images that <c>/media/{id}/{file}</c> serves.</summary>
internal static class ImageServiceCollectionExtensions
{
    /// <summary>Adds <c>Images:*</c> (checked at start-up), the URLs of variants and their signing key, and the caches of rendered variants (disk and memory).</summary>
    public static IHostApplicationBuilder AddFederationImages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImageOptions>().BindConfiguration("Images").ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ImageOptions>, ImageOptionsValidation>();
        builder.Services.AddSingleton<UrlSigningKey>();
        builder.Services.AddSingleton<VariantUrls>();
        builder.Services.AddSingleton<HotVariants>();
        builder.Services.AddSingleton<VariantCache>();
        return builder;
    }
}
