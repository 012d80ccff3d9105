using System.Net;

namespace Federation.Web.Tests.Support;

/// <summary>Reads a list as a reader pages through it.</summary>
internal static class ListPages
{
    /// <summary>Every entry (title and link) from <paramref name="url"/> on, following the pager's "next" link.</summary>
    public static async Task<List<(string Title, string Href)>> WalkAsync(HttpClient client, string url)
    {
        var shown = new List<(string Title, string Href)>();
        for (string? next = url; next is not null;)
        {
            var (response, document) = await Html.GetAsync(client, next);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{next} answered {response.StatusCode}");
            shown.AddRange(document.QuerySelectorAll(".item-card h3 a").Select(a => (a.Text(), a.GetAttribute("href")!)));
            next = document.QuerySelector("a[rel=next]")?.GetAttribute("href");
            Assert.True(shown.Count < 1000, "the pager does not end");
        }

        return shown;
    }

    /// <summary>The titles of every entry from <paramref name="url"/> on.</summary>
    public static async Task<List<string>> TitlesAsync(HttpClient client, string url) =>
        [.. (await WalkAsync(client, url)).Select(e => e.Title)];
}
