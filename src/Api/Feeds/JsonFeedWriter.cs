using System.Text.Encodings.Web;
using System.Text.Json;

namespace Federation.Api.Feeds;

/// <summary>Writes a feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).</summary>
internal static class JsonFeedWriter
{
    // Chinese stays readable: the feed is served as its own document, never inside HTML, so relaxed escaping is safe.
    static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Feed feed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.HomeUrl);
            json.WriteString("feed_url", feed.SelfUrl);
            json.WriteString("language", feed.Language);
            WriteAuthors(json, feed.Author);
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                WriteItem(json, entry, feed.Language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    static void WriteItem(Utf8JsonWriter json, FeedEntry entry, string feedLanguage)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Urn);
        json.WriteString("url", entry.Url);
        json.WriteString("title", entry.Title);
        json.WriteString("content_html", entry.ContentHtml);
        if (entry.Summary is { } summary)
        {
            json.WriteString("summary", summary);
        }

        if (entry.Published is { } published)
        {
            json.WriteString("date_published", FeedSyntax.Rfc3339(published));
        }

        json.WriteString("date_modified", FeedSyntax.Rfc3339(entry.Updated));
        if (entry.Tags.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in entry.Tags)
            {
                json.WriteStringValue(tag);
            }

            json.WriteEndArray();
        }

        WriteAuthors(json, entry.Author);
        if (entry.Language != feedLanguage)
        {
            json.WriteString("language", entry.Language);
        }

        json.WriteEndObject();
    }

    static void WriteAuthors(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
