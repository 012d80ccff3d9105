using System.Text;
using System.Text.Json;
using Federation.Cms.Users;
using static Federation.Web.Tests.Hostile.Payloads;

namespace Federation.Web.Tests.Hostile;

/// <summary>
/// The edit form of every content type with every text field hostile, saved by a Writer and
/// published by an Editor: the form answers safely, and what it stored shows no live script on the
/// public pages, the back office or in GraphQL. Dates and numbers get out-of-range and garbage values.
/// </summary>
public sealed class ContentFormTests(FederationSite site) : IClassFixture<FederationSite>
{
    /// <summary>The back office's folder of each type, its public section and its GraphQL lookup with the fields that show text and links.</summary>
    static readonly (string Folder, string Section, string Lookup)[] Types =
    [
        ("news", "/news", "newsItem(slug: $s) { title summary body source byline }"),
        ("forums", "/forums", "forum(slug: $s) { title summary body venue organiser contact }"),
        ("standards", "/standards", "standard(slug: $s) { title summary scope body code nationalRegistrationUrl issuingBody }"),
        ("courses", "/training", "course(slug: $s) { title summary body eligibility contact }"),
        ("showcases", "/brand", "showcase(slug: $s) { title summary body focus }"),
        ("pages", "/about", "page(slug: $s) { title summary body }"),
    ];

    public static TheoryData<int, string, string> TextCases()
    {
        var data = new TheoryData<int, string, string>();
        for (var type = 0; type < Types.Length; type++)
        {
            foreach (var payload in Text)
            {
                data.Add(type, payload.Name, CmsRoles.Editor);
            }

            foreach (var payload in Text.Where((_, i) => i % 4 == 0))
            {
                data.Add(type, payload.Name, CmsRoles.Writer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextCases))]
    public async Task EveryTextField_Hostile_IsSavedOrRefusedSafely_AndNeverLive(int type, string payloadName, string role)
    {
        var payload = Named(payloadName);
        await Probe.WarmAsync(site);
        var (folder, section, lookup) = Types[type];
        var marker = Marker($"{folder} {payload.Name} {role}");
        var slug = "hx-" + marker;
        var client = await BackOfficeSession.AsAsync(site, role);
        var value = payload.Make(marker);

        var (saved, _) = await PostAsync(client, folder, role == CmsRoles.Editor ? "Publish" : "Save", $"{folder} {payload.Name} as {role}", marker, control =>
            control.GetAttribute("name") switch
            {
                "cultures.zh-CN.slug" => slug,
                "cultures.en.slug" => slug + "-en",
                "related" => null,
                _ when control.GetAttribute("type") == "url" => payload.Name.Contains("URL", StringComparison.Ordinal) ? value : $"https://example.org/{marker}",
                _ when control.LocalName == "textarea" || control.GetAttribute("type") == "text" => value,
                _ => BackOfficeSession.Value(control),
            });
        if (saved is null)
        {
            return; // refused, with its reason; nothing stored
        }

        var reader = site.CreateClient();
        await Probe.GetAsync(client.Http, saved, $"back-office page of {slug}", marker);
        await Probe.GetAsync(client.Http, $"/cms/content/{folder}", $"back-office list of {folder}", marker);
        if (role == CmsRoles.Editor)
        {
            await Probe.GetAsync(reader, $"{section}/{slug}", $"public page of {slug}", marker);
            await Probe.GetAsync(reader, $"/en{section}/{slug}-en", $"English page of {slug}", marker);
            await Probe.GetAsync(reader, section, $"public list {section}", marker);
            var query = JsonSerializer.Serialize(new { query = $"query($s: String!) {{ {lookup} }}", variables = new { s = slug } });
            await Probe.SendAsync(reader, new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(query, Encoding.UTF8, "application/json") }, $"GraphQL of {slug}", marker);
        }
    }

    public static TheoryData<int, string> DateCases()
    {
        var data = new TheoryData<int, string>();
        foreach (var type in (int[])[1, 2, 3])
        {
            foreach (var date in Dates)
            {
                data.Add(type, date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DateCases))]
    public async Task EveryDateField_OutOfRangeOrGarbage_AnswersSafely(int type, string date)
    {
        await Probe.WarmAsync(site);
        var folder = Types[type].Folder;
        var marker = Marker($"{folder} date {date}");
        var client = await BackOfficeSession.AsAsync(site, CmsRoles.Editor);

        await PostAsync(client, folder, "Publish", $"{folder} dates {date}", marker, control =>
            control.GetAttribute("name") switch
            {
                "cultures.zh-CN.title" => "日期测试 " + marker,
                "cultures.zh-CN.slug" => "hx-" + marker,
                _ when control.GetAttribute("type") is "date" => date.Split('T')[0],
                _ when control.GetAttribute("type") is "datetime-local" => date,
                _ => BackOfficeSession.Value(control),
            });
    }

    public static TheoryData<int, string> NumberCases()
    {
        var data = new TheoryData<int, string>();
        foreach (var type in (int[])[1, 2, 3, 4])
        {
            foreach (var number in Numbers)
            {
                data.Add(type, number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NumberCases))]
    public async Task EveryNumberField_OutOfRangeOrGarbage_AnswersSafely(int type, string number)
    {
        await Probe.WarmAsync(site);
        var folder = Types[type].Folder;
        var marker = Marker($"{folder} number {number}");
        var client = await BackOfficeSession.AsAsync(site, CmsRoles.Editor);

        await PostAsync(client, folder, "Publish", $"{folder} numbers {number}", marker, control =>
            control.GetAttribute("name") switch
            {
                "cultures.zh-CN.title" => "数字测试 " + marker,
                "cultures.zh-CN.slug" => "hx-" + marker,
                _ when control.GetAttribute("type") is "number" => number,
                _ => BackOfficeSession.Value(control),
            });
    }

    /// <summary>
    /// Opens the new-item form of <paramref name="folder"/>, fills each control with <paramref name="fill"/>
    /// (null leaves it out), posts it to <paramref name="handler"/>, and holds the answer to the rules.
    /// Returns the saved item's back-office address, or null when the form was refused.
    /// </summary>
    static async Task<(string? Saved, Answer Answer)> PostAsync(Support.BackOfficeClient client, string folder, string handler, string @case, string marker, Func<AngleSharp.Dom.IElement, string?> fill)
    {
        var (_, page) = await client.GetAsync($"/cms/content/{folder}/new");
        var form = page.QuerySelector("form#editor");
        Assert.True(form is not null, $"/cms/content/{folder}/new has no edit form");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var control in BackOfficeSession.Controls(form))
        {
            var name = control.GetAttribute("name")!;
            var value = control.GetAttribute("type") == "hidden" ? BackOfficeSession.Value(control) : fill(control);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        var request = new HttpRequestMessage(HttpMethod.Post, $"/cms/content/{folder}/new?handler={handler}") { Content = new FormUrlEncodedContent(fields) };
        var answer = await Probe.SendAsync(client.Http, request, @case, marker);
        var saved = answer.Status == 302 && answer.Response.Headers.Location?.OriginalString is { } location && location.StartsWith($"/cms/content/{folder}/", StringComparison.Ordinal)
            ? location.Split('?')[0]
            : null;
        return (saved, answer);
    }
}
