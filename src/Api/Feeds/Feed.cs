namespace Federation.Api.Feeds;

/// <summary>A section's feed, whatever the format: the writers only put it into their syntax.</summary>
/// <param name="Title">The section's and the site's name.</param>
/// <param name="Language">The feed's culture, zh-CN or en.</param>
/// <param name="SelfUrl">The feed's own absolute URL; also its Atom id.</param>
/// <param name="HomeUrl">The section's list page.</param>
/// <param name="Updated">When the newest entry changed.</param>
/// <param name="Author">Who publishes it: the Federation.</param>
/// <param name="Entries">Newest first.</param>
internal sealed record Feed(string Title, string Language, string SelfUrl, string HomeUrl, DateTimeOffset Updated, string Author, IReadOnlyList<FeedEntry> Entries);

/// <summary>One published item in a feed.</summary>
/// <param name="Id">The item's id, the same in every format and culture.</param>
/// <param name="Url">The item's page in the feed's culture.</param>
/// <param name="Title">Its title.</param>
/// <param name="Language">The culture of its text: the feed's, or zh-CN for an item not yet translated.</param>
/// <param name="Updated">When it last changed; never empty.</param>
/// <param name="Published">When it went live, when known.</param>
/// <param name="Summary">Its key facts and summary as plain text, when it has either.</param>
/// <param name="ContentHtml">Its key facts, summary and rich text as HTML.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Author">Its writer, or the Federation.</param>
internal sealed record FeedEntry(
    Guid Id,
    string Url,
    string Title,
    string Language,
    DateTimeOffset Updated,
    DateTimeOffset? Published,
    string? Summary,
    string ContentHtml,
    IReadOnlyList<string> Tags,
    string Author)
{
    /// <summary>A permanent id that survives a change of slug or host (RFC 4122 section 3 URN form).</summary>
    public string Urn => $"urn:uuid:{Id:D}";
}
