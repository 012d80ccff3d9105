namespace Federation.Api.Feeds;

/// <summary>A syndication format the section feeds are served in.</summary>
public sealed class FeedFormat
{
    FeedFormat(string extension, string name, string mediaType)
    {
        Extension = extension;
        Name = name;
        MediaType = mediaType;
    }

    /// <summary>Atom 1.0 (RFC 4287; media type from its section 7).</summary>
    public static FeedFormat Atom { get; } = new("atom", "Atom", "application/atom+xml");

    /// <summary>RSS 2.0 (https://www.rssboard.org/rss-specification; media type from https://www.rssboard.org/rss-mime-type-application.txt).</summary>
    public static FeedFormat Rss { get; } = new("rss", "RSS", "application/rss+xml");

    /// <summary>JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/; media type from its "Suggestions for publishers").</summary>
    public static FeedFormat Json { get; } = new("json", "JSON Feed", "application/feed+json");

    /// <summary>Every format, in the order pages offer them.</summary>
    public static IReadOnlyList<FeedFormat> All { get; } = [Atom, Rss, Json];

    /// <summary>The file extension in the feed's URL, e.g. <c>atom</c>.</summary>
    public string Extension { get; }

    /// <summary>The format's name for people, e.g. RSS.</summary>
    public string Name { get; }

    /// <summary>The media type, e.g. <c>application/atom+xml</c>.</summary>
    public string MediaType { get; }

    /// <summary>The Content-Type header of a feed in this format.</summary>
    public string ContentType => MediaType + "; charset=utf-8";

    /// <summary>The format whose URL extension is <paramref name="extension"/>, or null.</summary>
    internal static FeedFormat? FromExtension(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
