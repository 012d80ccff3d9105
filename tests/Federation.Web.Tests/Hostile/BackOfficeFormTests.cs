using Federation.Cms.Users;
using static Federation.Web.Tests.Hostile.Payloads;

namespace Federation.Web.Tests.Hostile;

/// <summary>
/// The back office's other forms (sign-in, users, partners, trusted documents) and its list filters,
/// with hostile values, as an anonymous visitor and as each role: a refusal, a denial or a save, never
/// a 5xx, never slow, and the value back only as text.
/// </summary>
public sealed class BackOfficeFormTests(FederationSite site) : IClassFixture<FederationSite>
{
    /// <summary>Every other tenth value, so each form sees each kind of payload without repeating the content forms' whole corpus.</summary>
    static readonly Payload[] Some = [.. Text.Where((_, i) => i % 2 == 0)];

    static readonly string?[] Everyone = [null, CmsRoles.Writer, CmsRoles.Editor, CmsRoles.Administrator];

    /// <summary>A page with a form and the handler it posts to.</summary>
    static readonly (string Page, string Action)[] Forms =
    [
        ("/cms/sign-in", "/cms/sign-in"),
        ("/cms/users", "/cms/users"),
        ("/cms/partners", "/cms/partners"),
        ("/cms/partners/documents", "/cms/partners/documents?handler=Add"),
        ("/cms/setup", "/cms/setup"),
    ];

    public static TheoryData<int, string, string> FormCases()
    {
        var data = new TheoryData<int, string, string>();
        for (var form = 0; form < Forms.Length; form++)
        {
            foreach (var payload in Some)
            {
                foreach (var role in form == 0 ? [null] : Everyone)
                {
                    data.Add(form, payload.Name, role ?? "anonymous");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormCases))]
    public async Task Form_WithHostileValues_AnswersSafely(int form, string payloadName, string role)
    {
        var payload = Named(payloadName);
        await Probe.WarmAsync(site);
        var (page, action) = Forms[form];
        var marker = Marker($"{page} {payload.Name} {role}");
        var value = payload.Make(marker);
        var client = await BackOfficeSession.AsAsync(site, role == "anonymous" ? null : role);

        var opened = await Probe.GetAsync(client.Http, page, $"{page} as {role}");
        var document = await Support.Html.ParseAsync(opened.Body, page);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var fields = document.QuerySelectorAll("form[method=post]").FirstOrDefault(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null && f.QuerySelector("input:not([type=hidden]), textarea") is not null) is { } formElement
            ? BackOfficeSession.Controls(formElement)
                .Where(c => c.GetAttribute("type") != "hidden")
                .ToDictionary(c => c.GetAttribute("name")!, c => c.LocalName == "select" || c.GetAttribute("type") == "checkbox" ? BackOfficeSession.Value(c) ?? "" : value)
            : new Dictionary<string, string> { ["name"] = value, ["email"] = value, ["password"] = value };

        // Without a page's form (a role that may not open it), the post is forged: it must be denied, not fail.
        var answer = await Probe.SendAsync(client.Http, new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token ?? "forged")]),
        }, $"{page} posted as {role}: {payload.Name}", marker);
        await Probe.GetAsync(client.Http, page, $"{page} after the post, as {role}", marker);
        Assert.True(answer.Status is 200 or 302 or 303 or 400 or 403 or 404 or 409 or 422, $"an unexpected answer: {answer}");
    }

    static readonly string[] Filters =
    [
        "/cms/content/news?q=", "/cms/content/standards?status=", "/cms/content/forums?sort=", "/cms/content/courses?page=", "/cms/media?q=", "/cms/media?kind=",
        "/cms/audit?actor=", "/cms/audit?from=", "/cms/audit?action=", "/cms/redirects?q=", "/cms/users?created=", "/cms/partners/documents?added=",
        "/cms/sign-in?returnUrl=", "/cms/content/no-such-folder?q=", "/cms/content/news?status=", "/cms/content/news/new?copy=",
    ];

    public static TheoryData<string, string, string> FilterCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var filter in Filters)
        {
            foreach (var payload in Some)
            {
                foreach (var role in (string?[])[null, CmsRoles.Writer, CmsRoles.Administrator])
                {
                    data.Add(filter, payload.Name, role ?? "anonymous");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FilterCases))]
    public async Task ListFilter_WithAHostileValue_AnswersSafely(string filter, string payloadName, string role)
    {
        var payload = Named(payloadName);
        await Probe.WarmAsync(site);
        var marker = Marker($"{filter} {payload.Name} {role}");
        var client = await BackOfficeSession.AsAsync(site, role == "anonymous" ? null : role);

        await Probe.GetAsync(client.Http, filter + Uri.EscapeDataString(payload.Make(marker)), $"{filter} {payload.Name} as {role}", marker);
    }
}
