using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Users;

/// <summary>The users and their roles; administrators create users here.</summary>
internal sealed class IndexModel(UserAdministration administration) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public string? Email { get; private set; }

    public string? DisplayName { get; private set; }

    public string Role { get; private set; } = CmsRoles.Writer;

    public string? Problem { get; private set; }

    public string? Created { get; private set; }

    public async Task OnGetAsync(string? created)
    {
        Created = created;
        Users = await administration.ListAsync(Actor.From(User));
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? displayName, string? role, string? password)
    {
        (Email, DisplayName, Role) = (email?.Trim(), displayName?.Trim(), role ?? CmsRoles.Writer);
        if (string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(DisplayName))
        {
            Problem = "请填写电子邮箱和姓名。";
        }
        else
        {
            var result = await administration.CreateAsync(Actor.From(User), Email, DisplayName, Role, password ?? "");
            if (result.Succeeded)
            {
                return Redirect("/cms/users?created=" + Uri.EscapeDataString(Email));
            }

            Problem = PasswordProblems.Describe(result);
        }

        Users = await administration.ListAsync(Actor.From(User));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
