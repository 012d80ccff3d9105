using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Account;

/// <summary>The one-time set-up form: while the store has no user, the first visitor creates the administrator. Afterwards it answers 404.</summary>
internal sealed class SetUpModel(FirstAdministrator firstAdministrator, SignInManager<CmsUser> signIn) : PageModel
{
    public Dictionary<string, string> Problems { get; } = [];

    public Dictionary<string, string?> Values { get; } = [];

    public async Task<IActionResult> OnGetAsync() => await firstAdministrator.IsSetUpNeededAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? email, string? displayName, string? password, string? confirm)
    {
        if (!await firstAdministrator.IsSetUpNeededAsync())
        {
            return NotFound();
        }

        (Values["email"], Values["displayName"]) = (email?.Trim(), displayName?.Trim());
        if (string.IsNullOrEmpty(Values["email"]) || !Values["email"]!.Contains('@', StringComparison.Ordinal))
        {
            Problems["email"] = "请填写有效的电子邮箱。";
        }

        if (string.IsNullOrEmpty(Values["displayName"]))
        {
            Problems["displayName"] = "请填写姓名，它会显示在版本记录和审计日志中。";
        }

        if (password != confirm)
        {
            Problems["confirm"] = "两次输入的密码不一致。";
        }

        if (Problems.Count == 0)
        {
            var result = await firstAdministrator.SetUpAsync(Values["email"]!, Values["displayName"]!, password ?? "");
            if (result.Succeeded)
            {
                var user = await signIn.UserManager.FindByEmailAsync(Values["email"]!);
                await signIn.SignInAsync(user!, isPersistent: false);
                return Redirect("/cms");
            }

            Problems["password"] = PasswordProblems.Describe(result);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
