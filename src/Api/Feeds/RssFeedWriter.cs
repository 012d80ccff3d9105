using System.Xml;

namespace Federation.Api.Feeds;

/// <summary>Writes a feed as RSS 2.0 (https://www.rssboard.org/rss-specification).</summary>
internal static class RssFeedWriter
{
    // RSS 2.0 has no language per item; Dublin Core's is the extension readers know (https://www.rssboard.org/rss-profile#namespace-elements-dublin).
    const string DublinCore = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(Feed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = FeedSyntax.CreateXml(buffer))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, FeedSyntax.AtomNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", feed.HomeUrl);
            xml.WriteElementString("description", feed.Title);
            xml.WriteElementString("language", feed.Language);
            xml.WriteElementString("lastBuildDate", FeedSyntax.Rfc822(feed.Updated));
            // The RSS Advisory Board recommends naming the feed's own URL (https://www.rssboard.org/rss-profile#namespace-elements-atom-link).
            xml.WriteStartElement("atom", "link", FeedSyntax.AtomNamespace);
            xml.WriteAttributeString("href", feed.SelfUrl);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", FeedFormat.Rss.MediaType);
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                WriteItem(xml, entry, feed.Language);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    static void WriteItem(XmlWriter xml, FeedEntry entry, string feedLanguage)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", entry.Title);
        xml.WriteElementString("link", entry.Url);
        xml.WriteElementString("description", entry.ContentHtml);
        foreach (var tag in entry.Tags)
        {
            xml.WriteElementString("category", tag);
        }

        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(entry.Urn);
        xml.WriteEndElement();
        if (entry.Published is { } published)
        {
            xml.WriteElementString("pubDate", FeedSyntax.Rfc822(published));
        }

        if (entry.Language != feedLanguage)
        {
            xml.WriteElementString("language", DublinCore, entry.Language);
        }

        xml.WriteEndElement();
    }
}
