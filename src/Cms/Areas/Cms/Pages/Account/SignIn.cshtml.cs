using Federation.Cms.Audit;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Account;

/// <summary>Signs an editor in. Five wrong passwords in a row lock the account for fifteen minutes; every attempt is in the audit log.</summary>
internal sealed class SignInModel(SignInManager<CmsUser> signIn, FirstAdministrator firstAdministrator, AuditLog audit) : PageModel
{
    public string? Email { get; private set; }

    public string? ReturnUrl { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await firstAdministrator.IsSetUpNeededAsync())
        {
            return Redirect("/cms/setup");
        }

        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        (Email, ReturnUrl) = (email?.Trim(), returnUrl);
        if (string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(password))
        {
            Problem = "请填写电子邮箱和密码。";
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        var who = user is null ? new Actor("", Email, new HashSet<string>()) : new Actor(user.Id, user.DisplayName, new HashSet<string>());
        if (result.Succeeded)
        {
            await audit.RecordAsync(who, AuditAction.SignedIn);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/cms", StringComparison.Ordinal) ? returnUrl : "/cms");
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(who, AuditAction.LockedOut, detail: Email);
            Problem = "登录失败次数过多，账户已锁定，请 15 分钟后再试，或请管理员解锁。";
        }
        else
        {
            await audit.RecordAsync(who, AuditAction.SignInFailed, detail: Email);
            Problem = "电子邮箱或密码不正确。";
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
