using AngleSharp;
using AngleSharp.Dom;

namespace Federation.Web.Tests.Support;

/// <summary>Fetches pages and parses them as a browser would.</summary>
internal static class Html
{
    static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await ParseAsync(await response.Content.ReadAsStringAsync(), url));
    }

    /// <summary>Parses HTML already fetched from <paramref name="url"/>.</summary>
    public static Task<IDocument> ParseAsync(string html, string url) =>
        Browser.OpenAsync(request => request.Content(html).Address("http://localhost" + url));

    /// <summary>The value beside <paramref name="label"/> in an item page's list of facts.</summary>
    public static string Fact(this IDocument page, string label) =>
        page.QuerySelectorAll("dl.facts dt").Single(dt => dt.Text() == label).NextElementSibling.Text();

    public static string Text(this IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
