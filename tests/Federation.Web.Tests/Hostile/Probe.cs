using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Federation.Web.Tests.Hostile;

/// <summary>One answer to a hostile request: what came back and how long it took.</summary>
internal sealed record Answer(string Case, HttpResponseMessage Response, string Body, TimeSpan Took)
{
    public int Status => (int)Response.StatusCode;

    public string? MediaType => Response.Content.Headers.ContentType?.MediaType;

    public override string ToString() => Printable($"{Case}: {Status} in {Took.TotalMilliseconds:F0} ms, {MediaType}: {Body[..Math.Min(400, Body.Length)]}");

    /// <summary>The text with controls and lone surrogates shown as U+FFFD, so a failure's message fits in a TRX file (XML).</summary>
    public static string Printable(string text) =>
        string.Concat(text.EnumerateRunes().Select(r => Rune.IsControl(r) && r.Value is not ('\n' or '\t') || r == Rune.ReplacementChar ? "\uFFFD" : r.ToString()));
}

/// <summary>
/// Sends hostile requests and holds every answer to the corpus's three rules: no 5xx, an answer
/// within <see cref="Limit"/>, and no script of ours live in what comes back.
/// </summary>
internal static class Probe
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    static readonly ConditionalWeakTable<FederationSite, Task> Warmed = [];

    /// <summary>
    /// Opens each kind of page once, untimed, so the 2 s rule measures the hostile input and not the
    /// first request's start-up work (compiling queries, loading the index).
    /// </summary>
    public static Task WarmAsync(FederationSite site)
    {
        lock (Warmed)
        {
            if (!Warmed.TryGetValue(site, out var warm))
            {
                warm = WarmUpAsync(site);
                Warmed.Add(site, warm);
            }

            return warm;
        }
    }

    static async Task WarmUpAsync(FederationSite site)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in (string[])["/", "/news", "/forums", "/standards", "/training", "/en/news", "/search?q=标准", "/search/suggest?q=标", "/feeds/news.atom", "/cms/sign-in", "/sitemap.xml"])
        {
            await client.GetAsync(url);
        }

        await new GraphQL.GraphQLClient(client).PostAsync("{ news { totalCount } }");
    }

    /// <summary>Sends <paramref name="request"/>, reads the whole answer and holds it to the rules.</summary>
    public static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request, string @case, params string[] markers)
    {
        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var answer = new Answer(@case, response, body, clock.Elapsed);
        AssertSafe(answer, markers);
        return answer;
    }

    public static Task<Answer> GetAsync(HttpClient client, string url, string @case, params string[] markers) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, url), @case, markers);

    /// <summary>No 5xx, in time, and none of <paramref name="markers"/> live.</summary>
    public static void AssertSafe(Answer answer, params string[] markers)
    {
        Assert.True(answer.Status < 500, $"a server error: {answer}");
        Assert.True(answer.Took < Limit, $"slower than {Limit.TotalSeconds} s: {answer}");
        foreach (var marker in markers)
        {
            AssertNotLive(answer, marker);
        }
    }

    /// <summary>
    /// Whether <paramref name="marker"/> is live in the answer: in HTML or XML, the payload unencoded
    /// or, parsed as a browser would, inside a script, an event handler or a script URL; in JSON, the
    /// same inside a string that is HTML (a body) or a URL.
    /// </summary>
    public static void AssertNotLive(Answer answer, string marker)
    {
        if (!answer.Body.Contains(marker, StringComparison.Ordinal))
        {
            return;
        }

        if (answer.MediaType is { } json && json.Contains("json", StringComparison.Ordinal))
        {
            foreach (var (name, value) in Strings(JsonNode.Parse(answer.Body)))
            {
                if (value.Contains(marker, StringComparison.Ordinal))
                {
                    var live = IsScriptUrl(value) && name.EndsWith("url", StringComparison.OrdinalIgnoreCase) ? "a script URL"
                        : name is "body" or "scope" or "html" ? LiveIn(new HtmlParser().ParseDocument(value), marker) : null;
                    Assert.True(live is null, Answer.Printable($"{marker} is live in “{name}” as {live}: {answer}"));
                }
            }

            return;
        }

        if (answer.MediaType is not ("text/html" or "application/xhtml+xml") && answer.MediaType?.Contains("xml", StringComparison.Ordinal) != true)
        {
            return; // plain text, a calendar, an image: nothing runs script from it
        }

        foreach (var raw in Payloads.Unencoded(marker))
        {
            Assert.False(answer.Body.Contains(raw, StringComparison.OrdinalIgnoreCase), $"{raw} comes back unencoded: {answer}");
        }

        if (answer.MediaType is "text/html")
        {
            var found = LiveIn(new HtmlParser().ParseDocument(answer.Body), marker);
            Assert.True(found is null, Answer.Printable($"{marker} is live as {found}: {answer}"));
        }
    }

    static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "srcset", "cite", "ping"];

    /// <summary>Where in <paramref name="page"/> the marker would run, or null.</summary>
    static string? LiveIn(IDocument page, string marker)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName == "script" && element.TextContent.Contains(marker, StringComparison.Ordinal) && !IsJsonData(element))
            {
                return $"a script element: {element.OuterHtml[..Math.Min(200, element.OuterHtml.Length)]}";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.Contains(marker, StringComparison.OrdinalIgnoreCase))
                {
                    return $"an attribute name on <{element.LocalName}>";
                }

                if (!attribute.Value.Contains(marker, StringComparison.Ordinal))
                {
                    continue;
                }

                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    return $"an event handler: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                }

                if ((UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) || IsRefresh(element) && attribute.Name == "content") && IsScriptUrl(attribute.Value))
                {
                    return $"a script URL: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                }
            }
        }

        return null;
    }

    /// <summary>A JSON-LD block whose text is JSON throughout: a browser runs none of it, and the marker is only data in it.</summary>
    static bool IsJsonData(IElement script)
    {
        if (script.GetAttribute("type") != "application/ld+json")
        {
            return false;
        }

        try
        {
            JsonNode.Parse(script.TextContent);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>A meta element that makes the browser go to the address in its content; other meta contents are only text.</summary>
    static bool IsRefresh(IElement element) =>
        element.LocalName == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase);

    /// <summary>A URL a browser would run as script, after the blanks and controls it ignores.</summary>
    public static bool IsScriptUrl(string url)
    {
        var plain = new string([.. url.Where(c => c > ' ')]).ToLowerInvariant();
        var start = plain.Contains("url=", StringComparison.Ordinal) ? plain[(plain.IndexOf("url=", StringComparison.Ordinal) + 4)..] : plain;
        return start.StartsWith("javascript:", StringComparison.Ordinal) || start.StartsWith("vbscript:", StringComparison.Ordinal) || start.StartsWith("data:", StringComparison.Ordinal);
    }

    static IEnumerable<(string Name, string Value)> Strings(JsonNode? node, string name = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    foreach (var s in Strings(child, key))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var s in Strings(child, name))
                    {
                        yield return s;
                    }
                }

                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                yield return (name, text);
                break;
        }
    }
}
