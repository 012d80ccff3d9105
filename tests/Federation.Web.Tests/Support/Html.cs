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
        var html = await response.Content.ReadAsStringAsync();
        var document = await Browser.OpenAsync(request => request.Content(html).Address("http://localhost" + url));
        return (response, document);
    }

    public static string Text(this IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
