using System.Xml;

namespace Federation.Api.Feeds;

/// <summary>Writes a feed as Atom 1.0 (RFC 4287).</summary>
internal static class AtomFeedWriter
{
    const string Atom = FeedSyntax.AtomNamespace;

    public static byte[] Write(Feed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = FeedSyntax.CreateXml(buffer))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, feed.Language);
            // The self URL is the feed's one permanent address, so it serves as its id (RFC 4287 section 4.2.6).
            xml.WriteElementString("id", Atom, feed.SelfUrl);
            xml.WriteElementString("title", Atom, feed.Title);
            xml.WriteElementString("updated", Atom, FeedSyntax.Rfc3339(feed.Updated));
            WriteLink(xml, "self", FeedFormat.Atom.MediaType, feed.SelfUrl);
            WriteLink(xml, "alternate", "text/html", feed.HomeUrl);
            WriteAuthor(xml, feed.Author);
            foreach (var entry in feed.Entries)
            {
                WriteEntry(xml, entry, feed.Language);
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    static void WriteEntry(XmlWriter xml, FeedEntry entry, string feedLanguage)
    {
        xml.WriteStartElement("entry", Atom);
        if (entry.Language != feedLanguage)
        {
            xml.WriteAttributeString("xml", "lang", null, entry.Language);
        }

        xml.WriteElementString("id", Atom, entry.Urn);
        xml.WriteElementString("title", Atom, entry.Title);
        xml.WriteElementString("updated", Atom, FeedSyntax.Rfc3339(entry.Updated));
        if (entry.Published is { } published)
        {
            xml.WriteElementString("published", Atom, FeedSyntax.Rfc3339(published));
        }

        WriteLink(xml, "alternate", "text/html", entry.Url);
        WriteAuthor(xml, entry.Author);
        foreach (var tag in entry.Tags)
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", tag);
            xml.WriteEndElement();
        }

        if (entry.Summary is { } summary)
        {
            xml.WriteElementString("summary", Atom, summary);
        }

        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(entry.ContentHtml);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    static void WriteAuthor(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, name);
        xml.WriteEndElement();
    }
}
