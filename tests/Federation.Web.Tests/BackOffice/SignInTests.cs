using System.Net;
using Federation.Cms.Audit;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.BackOffice;

/// <summary>Getting into the back office: the one-time set-up, the administrator from configuration, sign-in, lockout and sign-out.</summary>
public sealed class SignInTests
{
    [Fact]
    public async Task FreshStore_OffersTheSetUpFormOnce_ThenSignsTheNewAdministratorIn()
    {
        await using var site = new FederationSite();
        var client = BackOfficeClient.For(site);

        var toSignIn = await client.Http.GetAsync("/cms");
        var toSetUp = await client.Http.GetAsync("/cms/sign-in");
        var created = await client.PostFormAsync("/cms/setup", new()
        {
            ["email"] = "admin@example.org", ["displayName"] = "王管理", ["password"] = BackOfficeClient.Password, ["confirm"] = BackOfficeClient.Password,
        });
        var (dashboard, page) = await client.GetAsync("/cms");
        var again = await BackOfficeClient.For(site).Http.GetAsync("/cms/setup");

        Assert.Equal("/cms/sign-in?ReturnUrl=%2Fcms", toSignIn.Headers.Location?.PathAndQuery);
        Assert.Equal("/cms/setup", toSetUp.Headers.Location?.OriginalString);
        Assert.Equal("/cms", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("王管理（管理员）", page.QuerySelector(".bo-user").Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task SetUp_WithAWeakPasswordOrMismatch_SaysWhyBesideTheField_AndCreatesNobody()
    {
        await using var site = new FederationSite();
        var client = BackOfficeClient.For(site);

        var weak = await client.PostFormAsync("/cms/setup", new() { ["email"] = "admin@example.org", ["displayName"] = "王管理", ["password"] = "short1", ["confirm"] = "short1" });
        var page = await Html.ParseAsync(await weak.Content.ReadAsStringAsync(), "/cms/setup");
        var mismatch = await client.PostFormAsync("/cms/setup", new() { ["email"] = "admin@example.org", ["displayName"] = "王管理", ["password"] = BackOfficeClient.Password, ["confirm"] = "another-password-1" });
        var mismatchPage = await Html.ParseAsync(await mismatch.Content.ReadAsStringAsync(), "/cms/setup");

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("至少需要 12 个字符", page.QuerySelector("#password-problem").Text(), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#password")!.GetAttribute("aria-invalid"));
        Assert.Equal("admin@example.org", page.QuerySelector("#email")!.GetAttribute("value"));
        Assert.Equal("两次输入的密码不一致。", mismatchPage.QuerySelector("#confirm-problem").Text());
        Assert.True(await site.Services.GetRequiredService<FirstAdministrator>().IsSetUpNeededAsync());
    }

    [Fact]
    public async Task AdministratorFromConfiguration_SignsIn_SeesTheAdminMenu_AndSignsOut()
    {
        await using var site = new FederationSite();
        await using var configured = site.WithWebHostBuilder(b => b
            .UseSetting("Cms:Admin:Email", "chief@example.org").UseSetting("Cms:Admin:Password", BackOfficeClient.Password));
        var client = new BackOfficeClient(configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

        var signedIn = await client.SignInAsync("chief@example.org", BackOfficeClient.Password);
        var (_, dashboard) = await client.GetAsync("/cms");
        var signedOut = await client.PostFormAsync("/cms", [], action: "/cms/sign-out");
        var afterwards = await client.Http.GetAsync("/cms");

        Assert.Equal("/cms", signedIn.Headers.Location?.OriginalString);
        Assert.Contains(dashboard.QuerySelectorAll("nav.bo-nav a"), a => a.GetAttribute("href") == "/cms/users");
        Assert.Equal("/cms/sign-in", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenAgainstTheRightPassword_AndTheLogSaysSo()
    {
        await using var site = new FederationSite();
        await BackOfficeClient.CreateUserAsync(site, "editor@example.org", "李编辑", CmsRoles.Editor);
        var client = BackOfficeClient.For(site);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.SignInAsync("editor@example.org", "not-the-password-1");
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        var right = await client.SignInAsync("editor@example.org", BackOfficeClient.Password);
        var page = await Html.ParseAsync(await right.Content.ReadAsStringAsync(), "/cms/sign-in");
        var log = await site.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { Actor = "李编辑" });

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("账户已锁定", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Equal(4, log.Lines.Count(l => l.Action == AuditAction.SignInFailed));
        Assert.Equal(2, log.Lines.Count(l => l.Action == AuditAction.LockedOut));
        Assert.DoesNotContain(log.Lines, l => l.Action == AuditAction.SignedIn);
    }

    [Fact]
    public async Task UnknownAddress_IsRefusedLikeAWrongPassword()
    {
        await using var site = new FederationSite();
        await BackOfficeClient.CreateUserAsync(site, "editor@example.org", "李编辑", CmsRoles.Editor);

        var response = await BackOfficeClient.For(site).SignInAsync("nobody@example.org", BackOfficeClient.Password);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(), "/cms/sign-in");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("电子邮箱或密码不正确。", page.QuerySelector("[role=alert]").Text());
    }

    [Fact]
    public async Task SignIn_WithoutTheFormsToken_IsRefused()
    {
        await using var site = new FederationSite();
        await BackOfficeClient.CreateUserAsync(site, "editor@example.org", "李编辑", CmsRoles.Editor);

        var forged = await BackOfficeClient.For(site).PostAsync("/cms/sign-in", new() { ["email"] = "editor@example.org", ["password"] = BackOfficeClient.Password }, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Theory]
    [InlineData("/cms/users")]
    [InlineData("/cms/audit")]
    public async Task AdministratorPages_RefuseAWriterAndAnEditor(string url)
    {
        await using var site = new FederationSite();
        var writer = await BackOfficeClient.SignedInAsync(site, CmsRoles.Writer);
        var editor = await BackOfficeClient.SignedInAsync(site, CmsRoles.Editor);

        var asWriter = await writer.Http.GetAsync(url);
        var asEditor = await editor.Http.GetAsync(url);

        Assert.Equal("/cms/denied", asWriter.Headers.Location?.AbsolutePath);
        Assert.Equal("/cms/denied", asEditor.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task BackOffice_IsNotOfferedUnderEnAndNeverIndexed()
    {
        await using var site = new FederationSite();
        await BackOfficeClient.CreateUserAsync(site, "editor@example.org", "李编辑", CmsRoles.Editor);
        var client = BackOfficeClient.For(site);

        var english = await client.Http.GetAsync("/en/cms");
        var (_, signIn) = await client.GetAsync("/cms/sign-in?ReturnUrl=%2Fcms");

        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Equal("noindex, nofollow", signIn.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }
}
