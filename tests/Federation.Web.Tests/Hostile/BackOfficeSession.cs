using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;

namespace Federation.Web.Tests.Hostile;

/// <summary>
/// The back-office users the corpus posts as, one of each role per site (signing in hashes a
/// password, too slow to do for every case), and the fields of a page's form as a browser would send them.
/// </summary>
internal static class BackOfficeSession
{
    static readonly ConditionalWeakTable<FederationSite, Dictionary<string, Task<BackOfficeClient>>> Clients = [];

    /// <summary>A signed-in client of <paramref name="role"/> on <paramref name="site"/>; null is an anonymous visitor.</summary>
    public static Task<BackOfficeClient> AsAsync(FederationSite site, string? role)
    {
        if (role is null)
        {
            return Task.FromResult(BackOfficeClient.For(site));
        }

        lock (Clients)
        {
            var clients = Clients.GetOrCreateValue(site);
            if (!clients.TryGetValue(role, out var client))
            {
                client = BackOfficeClient.SignedInAsync(site, role);
                clients[role] = client;
            }

            return client;
        }
    }

    /// <summary>The roles the corpus posts as.</summary>
    public static readonly string?[] Roles = [null, CmsRoles.Writer, CmsRoles.Editor];

    /// <summary>
    /// Uploads <paramref name="files"/> as <paramref name="page"/>'s upload form would, with its anti-forgery
    /// token; a role the page shows no such form to posts without one, as a forged request would.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(BackOfficeClient client, string page, string action, string field, params (string Name, byte[] Bytes)[] files)
    {
        var (_, document) = await client.GetAsync(page);
        var token = document.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "forged";
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            // Written by hand: HttpClient refuses to write a file name with quotes or controls, which is what a hostile client sends.
            var file = new ByteArrayContent(bytes);
            file.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field}\"; filename=\"{name.Replace("\"", "%22", StringComparison.Ordinal)}\"");
            body.Add(file);
        }

        return await client.Http.PostAsync(action, body);
    }

    /// <summary>The named controls of <paramref name="form"/> with the values a browser would send unchanged.</summary>
    public static List<IElement> Controls(IElement form) =>
        [.. form.QuerySelectorAll("input[name], textarea[name], select[name]").Where(c => c.GetAttribute("type") is not ("submit" or "button" or "file"))];

    /// <summary>What a browser sends for <paramref name="control"/> as the page gave it.</summary>
    public static string? Value(IElement control) => control.LocalName switch
    {
        "textarea" => control.TextContent,
        "select" => (control.QuerySelector("option[selected]") ?? control.QuerySelectorAll("option").FirstOrDefault(o => o.GetAttribute("value") is { Length: > 0 }))?.GetAttribute("value"),
        _ when control.GetAttribute("type") == "checkbox" => control.HasAttribute("checked") ? control.GetAttribute("value") : null,
        _ => control.GetAttribute("value") ?? "",
    };
}
