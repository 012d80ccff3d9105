using Federation.Cms.Users;
using Microsoft.Playwright;

namespace Federation.E2E.Support;

/// <summary>
/// The whole host on Kestrel at a free loopback port, on a store of its own seeded from
/// content-export as on a fresh machine, plus the test specimens. One per test class.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    readonly FederationSite host = new();

    public const string AdministratorEmail = "admin@example.org";
    public const string EditorEmail = "editor@example.org";
    public const string WriterEmail = "writer@example.org";
    public const string SecondEditorEmail = "editor2@example.org";

    public Uri Origin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Origin = host.StartOnLoopback();
        await Specimens.ImportAsync(host);
        await BackOfficeUsers.CreateAsync(host, AdministratorEmail, "王管理", CmsRoles.Administrator);
        await BackOfficeUsers.CreateAsync(host, EditorEmail, "李编辑", CmsRoles.Editor);
        await BackOfficeUsers.CreateAsync(host, WriterEmail, "张撰稿", CmsRoles.Writer);
        await BackOfficeUsers.CreateAsync(host, SecondEditorEmail, "赵编辑", CmsRoles.Editor);
    }

    /// <summary>A fresh browser signed in to the back office as <paramref name="email"/>, on the dashboard.</summary>
    public async Task<IPage> SignInAsync(Chromium chromium, string email, ViewportSize? viewport = null)
    {
        var page = await OpenAsync(chromium, "/cms/sign-in", viewport);
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(BackOfficeUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.ArriveAtAsync("/cms");
        return page;
    }

    /// <summary>A new page in a fresh context of <paramref name="chromium"/>, on this site.</summary>
    public async Task<IPage> OpenAsync(Chromium chromium, string path, ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await chromium.NewContextAsync(Origin, viewport, javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
