using System.Globalization;
using System.Text;
using System.Xml;
using Federation.Cms.Content;

namespace Federation.Api.Feeds;

/// <summary>What the feed writers share: UTF-8 XML without a byte order mark, and dates.</summary>
internal static class FeedSyntax
{
    /// <summary>The Atom namespace, for Atom feeds and RSS's <c>atom:link rel="self"</c>.</summary>
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static XmlWriter CreateXml(Stream output) => XmlWriter.Create(output, XmlSettings);

    /// <summary>An RFC 3339 date-time (Atom section 3.3, JSON Feed), in Shanghai time as the site shows it.</summary>
    public static string Rfc3339(DateTimeOffset value) =>
        ShanghaiTime.From(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An RFC 822 date-time with a four-digit year, as RSS 2.0 asks, in GMT.</summary>
    public static string Rfc822(DateTimeOffset value) => value.ToString("r", CultureInfo.InvariantCulture);
}
