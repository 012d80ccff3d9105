using Federation.Cms.Media;

namespace Federation.Api.GraphQL.Media;

/// <summary>A media item with its words in the culture its query asked for.</summary>
/// <param name="Media">The media item.</param>
/// <param name="Culture">The culture asked for; alt text and caption fall back to zh-CN.</param>
internal sealed record LocalizedMedia(MediaItem Media, string Culture)
{
    /// <summary>Alt text and caption in <see cref="Culture"/>, or in zh-CN.</summary>
    public MediaText Text => Media.TextIn(Culture);
}
