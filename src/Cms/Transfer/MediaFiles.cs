using Microsoft.Extensions.Options;

namespace Federation.Cms.Transfer;

/// <summary>Options of the media folder.</summary>
public sealed class MediaOptions
{
    /// <summary>The folder media files are kept in, relative to the content root. Default <c>App_Data/media</c>.</summary>
    public string Root { get; set; } = "App_Data/media";
}

/// <summary>The media folder on disk: <c>{Root}/{id}/{file}</c>.</summary>
internal sealed class MediaFiles(IOptions<MediaOptions> options, Microsoft.Extensions.Hosting.IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public string PathOf(Guid id, string file) => Path.Combine(Root, id.ToString(), file);
}
