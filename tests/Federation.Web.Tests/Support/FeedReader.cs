using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace Federation.Web.Tests.Support;

/// <summary>Reads the site's feeds as strict feed readers do: a feed that does not parse fails the test.</summary>
internal static class FeedReader
{
    /// <summary>The feed names and the content-export folders of their items.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>
    {
        ["news"] = "news", ["forums"] = "forums", ["standards"] = "standards", ["training"] = "courses",
    };

    public static TheoryData<string, string> TypesInBothCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in Folders.Keys)
        {
            data.Add(type, "zh-CN");
            data.Add(type, "en");
        }

        return data;
    }

    public static string Url(string type, string format, string culture) => (culture == "en" ? "/en" : "") + $"/feeds/{type}.{format}";

    public static async Task<SyndicationFeed> AtomAsync(HttpClient client, string url) => Read(await GetAsync(client, url, "application/atom+xml"), new Atom10FeedFormatter());

    public static async Task<SyndicationFeed> RssAsync(HttpClient client, string url) => Read(await GetAsync(client, url, "application/rss+xml"), new Rss20FeedFormatter());

    public static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await GetAsync(client, url, "application/feed+json"));
        return json.RootElement.Clone();
    }

    static async Task<byte[]> GetAsync(HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsByteArrayAsync();
    }

    static SyndicationFeed Read(byte[] body, SyndicationFeedFormatter formatter)
    {
        using var reader = XmlReader.Create(new MemoryStream(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        Assert.True(formatter.CanRead(reader), $"not a {formatter.Version} feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
