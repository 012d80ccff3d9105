using Federation.Cms.Audit;
using Federation.Cms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Account;

/// <summary>Signs out (POST only, with the form's anti-forgery token).</summary>
internal sealed class SignOutModel(SignInManager<CmsUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/cms");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync(Actor.From(User), AuditAction.SignedOut);
        await signIn.SignOutAsync();
        return Redirect("/cms/sign-in");
    }
}
