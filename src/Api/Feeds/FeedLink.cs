namespace Federation.Api.Feeds;

/// <summary>One feed as a page links to it, e.g. in <c>&lt;link rel="alternate"&gt;</c>.</summary>
/// <param name="Format">Its format.</param>
/// <param name="Path">Its path on the site, e.g. <c>/en/feeds/news.atom</c>.</param>
/// <param name="Title">Its title, naming the section, the site and the format.</param>
public sealed record FeedLink(FeedFormat Format, string Path, string Title);
