using System.Net;
using Federation.Cms.Audit;
using Federation.Cms.Users;
using Federation.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Web.Tests.BackOffice;

/// <summary>Administrators manage users and roles; every change is audited and takes effect at the user's next request.</summary>
public sealed class UserAdministrationTests
{
    static async Task<string> UserIdAsync(BackOfficeClient admin, string email)
    {
        var (_, users) = await admin.GetAsync("/cms/users");
        return users.QuerySelectorAll("table.bo-table tbody tr").Single(r => r.Text().Contains(email, StringComparison.Ordinal))
            .QuerySelector("a")!.GetAttribute("href")!.Split('/')[^1];
    }

    [Fact]
    public async Task Administrator_CreatesAWriter_WhoCanSignIn_AndTheLogSaysWhoDidIt()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");

        var created = await admin.PostFormAsync("/cms/users", new()
        {
            ["email"] = "new.writer@example.org", ["displayName"] = "新撰稿人", ["role"] = CmsRoles.Writer, ["password"] = BackOfficeClient.Password,
        });
        var weak = await admin.PostFormAsync("/cms/users", new() { ["email"] = "weak@example.org", ["displayName"] = "弱密码", ["role"] = CmsRoles.Writer, ["password"] = "short" });
        var writer = BackOfficeClient.For(site);
        var signedIn = await writer.SignInAsync("new.writer@example.org", BackOfficeClient.Password);
        var log = await site.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { Action = AuditAction.UserCreated });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal("/cms", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(("王管理", "新撰稿人 <new.writer@example.org>: Writer"), (log.Lines.Single().Actor, log.Lines.Single().Detail));
    }

    [Fact]
    public async Task RoleChanges_TakeEffectAtTheUsersNextRequest_BothWays_AndAreAudited()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        await BackOfficeClient.CreateUserAsync(site, "writer@example.org", "张撰稿", CmsRoles.Writer);
        var writer = BackOfficeClient.For(site);
        await writer.SignInAsync("writer@example.org", BackOfficeClient.Password);
        var (_, before) = await writer.GetAsync("/cms/content/news/new");

        var id = await UserIdAsync(admin, "writer@example.org");
        await admin.PostFormAsync($"/cms/users/{id}", new() { ["roles"] = CmsRoles.Editor }, action: $"/cms/users/{id}?handler=Roles");
        var (_, after) = await writer.GetAsync("/cms/content/news/new");
        await admin.PostFormAsync($"/cms/users/{id}", new() { ["roles"] = CmsRoles.Writer }, action: $"/cms/users/{id}?handler=Roles");
        var demotedPublish = await writer.PostFormAsync("/cms/content/news/new", new()
        {
            ["cultures.zh-CN.title"] = "降级后想发布", ["cultures.zh-CN.slug"] = "after-demotion", ["fields.category"] = "notice",
        }, action: "/cms/content/news/new?handler=Publish");
        var log = await site.Services.GetRequiredService<AuditLog>().QueryAsync(Actor.System, new AuditQuery { Action = AuditAction.RolesChanged });

        Assert.DoesNotContain(before.QuerySelectorAll("button"), b => b.Text() == "保存并发布");
        Assert.Contains(after.QuerySelectorAll("button"), b => b.Text() == "保存并发布");
        Assert.Equal("/cms/denied", demotedPublish.Headers.Location?.AbsolutePath);
        Assert.Equal(["张撰稿 <writer@example.org>: Editor → Writer", "张撰稿 <writer@example.org>: Writer → Editor"], log.Lines.Select(l => l.Detail));
    }

    [Fact]
    public async Task LockingAUser_EndsTheirSessionAtOnce_AndUnlockingLetsThemBack()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        await BackOfficeClient.CreateUserAsync(site, "editor@example.org", "李编辑", CmsRoles.Editor);
        var editor = BackOfficeClient.For(site);
        await editor.SignInAsync("editor@example.org", BackOfficeClient.Password);
        var id = await UserIdAsync(admin, "editor@example.org");

        await admin.PostFormAsync($"/cms/users/{id}", new() { ["locked"] = "true" }, action: $"/cms/users/{id}?handler=Lock");
        var kickedOut = await editor.Http.GetAsync("/cms");
        var refused = await BackOfficeClient.For(site).SignInAsync("editor@example.org", BackOfficeClient.Password);
        await admin.PostFormAsync($"/cms/users/{id}", new() { ["locked"] = "false" }, action: $"/cms/users/{id}?handler=Lock");
        var back = await BackOfficeClient.For(site).SignInAsync("editor@example.org", BackOfficeClient.Password);

        Assert.StartsWith("/cms/sign-in", kickedOut.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    [Fact]
    public async Task TheOnlyAdministrator_CannotLoseTheRole_NorLockThemselves()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator);
        var (_, users) = await admin.GetAsync("/cms/users");
        var id = users.QuerySelector("table.bo-table tbody a")!.GetAttribute("href")!.Split('/')[^1];

        var demote = await admin.PostFormAsync($"/cms/users/{id}", new() { ["roles"] = CmsRoles.Editor }, action: $"/cms/users/{id}?handler=Roles");
        var page = await Html.ParseAsync(await demote.Content.ReadAsStringAsync(), $"/cms/users/{id}");
        var lockSelf = await admin.PostFormAsync($"/cms/users/{id}", new() { ["locked"] = "true" }, action: $"/cms/users/{id}?handler=Lock");

        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Contains("这是唯一的管理员", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, lockSelf.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/cms/users")).StatusCode);
    }

    [Fact]
    public async Task AuditScreen_FiltersByAction()
    {
        await using var site = new FederationSite();
        var admin = await BackOfficeClient.SignedInAsync(site, CmsRoles.Administrator, "王管理");
        await BackOfficeClient.For(site).SignInAsync("nobody@example.org", "wrong-password-1");

        var (_, signIns) = await admin.GetAsync("/cms/audit?action=SignedIn");
        var (_, failures) = await admin.GetAsync("/cms/audit?action=SignInFailed");
        var bad = await admin.Http.GetAsync("/cms/audit?from=yesterday");

        Assert.All(signIns.QuerySelectorAll("table.bo-table tbody tr"), r => Assert.Equal("登录", r.Children[2].Text()));
        Assert.Contains(signIns.QuerySelectorAll("table.bo-table tbody tr"), r => r.Children[1].Text() == "王管理");
        Assert.Equal("nobody@example.org", failures.QuerySelector("table.bo-table tbody tr")!.Children[1].Text());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
