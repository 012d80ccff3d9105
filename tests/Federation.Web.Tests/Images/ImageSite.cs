using Federation.Cms.Content;
using Federation.Cms.Content.Types;
using Federation.Cms.Media;
using Federation.Web.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.Images;

/// <summary>
/// A site of its own whose published showcase (<c>/brand/image-showcase</c>) shows the test's images,
/// whose published news (<c>/news/image-news</c>) has the first as its cover, and whose draft shows one more.
/// </summary>
internal sealed class ImageSite : IAsyncDisposable
{
    ImageSite(FederationSite site, IReadOnlyList<MediaItem> shown, MediaItem draft)
    {
        Site = site;
        Shown = shown;
        Draft = draft;
        Client = site.CreateClient();
    }

    public FederationSite Site { get; }

    /// <summary>The images the published showcase shows, in the order given.</summary>
    public IReadOnlyList<MediaItem> Shown { get; }

    /// <summary>An image only a draft shows.</summary>
    public MediaItem Draft { get; }

    public HttpClient Client { get; }

    public VariantUrls Urls => Site.Services.GetRequiredService<VariantUrls>();

    public VariantCache Cache => Site.Services.GetRequiredService<VariantCache>();

    /// <summary>Starts a site showing <paramref name="images"/> (file name, bytes, focal point).</summary>
    public static Task<ImageSite> StartAsync(params (string File, byte[] Bytes, FocalPoint? FocalPoint)[] images) =>
        StartAsync(new Dictionary<string, string>(), images);

    /// <summary>Starts a site with these settings showing <paramref name="images"/>.</summary>
    public static Task<ImageSite> StartAsync(IReadOnlyDictionary<string, string> settings, params (string File, byte[] Bytes, FocalPoint? FocalPoint)[] images) =>
        StartAsync(settings, services: null, images);

    /// <summary>Starts a site with these settings and services (a clock) showing <paramref name="images"/>.</summary>
    public static async Task<ImageSite> StartAsync(
        IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services, params (string File, byte[] Bytes, FocalPoint? FocalPoint)[] images)
    {
        var site = FederationSite.With(settings, services);
        using var batch = new ImportBatch();
        var shown = images.Select(image => Add(batch, image.File, image.Bytes, image.FocalPoint)).ToList();
        var draft = Add(batch, "draft.jpg", TestImages.RedAndBlueJpeg(400, 300), null);
        batch.AddItem(Document(ContentType.Showcase, new ShowcaseFields { Kind = ShowcaseKind.BrandCase, Images = [.. shown.Select(m => m.Id)] }, new ShowcaseText { Title = "图片测试案例", Slug = "image-showcase" }), ContentStatus.Published);
        batch.AddItem(Document(ContentType.News, new NewsFields(), new NewsText { Title = "图片测试草稿", Slug = "image-draft" }) with { Cover = draft.Id }, ContentStatus.Draft);
        if (shown.FirstOrDefault(m => m.IsImage) is { } cover)
        {
            batch.AddItem(Document(ContentType.News, new NewsFields(), new NewsText { Title = "图片测试新闻", Slug = "image-news" }) with { Cover = cover.Id }, ContentStatus.Published);
        }

        await batch.ImportAsync(site);
        return new ImageSite(site, shown, draft);
    }

    /// <summary>GETs <paramref name="path"/> with an Accept header as a browser would send it.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string accept = "*/*", string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Client.SendAsync(request);
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return Site.DisposeAsync();
    }

    static MediaItem Add(ImportBatch batch, string file, byte[] bytes, FocalPoint? focalPoint)
    {
        if (file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            return batch.AddMedia(file, "application/pdf", bytes);
        }

        var (width, height, format, _) = TestImages.Decode(bytes);
        var contentType = format switch { "png" => "image/png", "webp" => "image/webp", _ => "image/jpeg" };
        return batch.AddMedia(file, contentType, bytes, alt: file, width: width, height: height, focalPoint: focalPoint);
    }

    static ContentDocument Document(ContentType type, ContentFields fields, CultureText chinese) =>
        new() { Id = Guid.NewGuid(), Type = type, Fields = fields, Cultures = new Dictionary<string, CultureText> { [Cultures.Chinese] = chinese } };
}
