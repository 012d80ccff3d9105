using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Federation.Web.Tests.Support;

/// <summary>A browser-like client of the back office: keeps its cookies, follows no redirects, and posts forms with the token the page gave it.</summary>
internal sealed class BackOfficeClient(HttpClient http)
{
    public const string Password = BackOfficeUsers.Password;

    public HttpClient Http { get; } = http;

    public static BackOfficeClient For(FederationSite site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A user of <paramref name="role"/>, created as an administrator would, then signed in.</summary>
    public static async Task<BackOfficeClient> SignedInAsync(FederationSite site, string role, string? name = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await CreateUserAsync(site, email, name ?? role, role);
        var client = For(site);
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task CreateUserAsync(FederationSite site, string email, string name, string role) => BackOfficeUsers.CreateAsync(site, email, name, role);

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/cms/sign-in", new() { ["email"] = email, ["password"] = password });

    public Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(string url) => Html.GetAsync(Http, url);

    /// <summary>Opens <paramref name="formPage"/>, takes the anti-forgery token of its first POST form, and posts <paramref name="fields"/> to <paramref name="action"/> (the page itself by default).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var (_, page) = await GetAsync(formPage);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(token is null, $"{formPage} has no form with an anti-forgery token");
        return await PostAsync(action ?? formPage, fields, token);
    }

    /// <summary>Uploads <paramref name="files"/> with the token of <paramref name="formPage"/>'s upload form, as the browser posts a file input.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string formPage, string action, IEnumerable<(string Name, byte[] Bytes)> files, bool asJson = false, string field = "files")
    {
        var (_, page) = await GetAsync(formPage);
        var token = page.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            body.Add(new ByteArrayContent(bytes), field, name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = body };
        if (asJson)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Posts without opening a page first: as a forged or replayed request would.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields, string? token)
    {
        var body = new List<KeyValuePair<string, string>>(fields);
        if (token is not null)
        {
            body.Add(new("__RequestVerificationToken", token));
        }

        return Http.PostAsync(url, new FormUrlEncodedContent(body));
    }
}
