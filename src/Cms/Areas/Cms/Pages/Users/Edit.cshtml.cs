using Federation.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Cms.Areas.Cms.Pages.Users;

/// <summary>One user: their roles, whether they may sign in, and a new password.</summary>
internal sealed class EditModel(UserAdministration administration) : PageModel
{
    public UserRow? Person { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done)
    {
        Message = done switch { "roles" => "角色已保存。", "lock" => "账户状态已更改。", "password" => "新密码已设置。", _ => null };
        return await ShowAsync(id);
    }

    public Task<IActionResult> OnPostRolesAsync(string id, string[] roles) =>
        ApplyAsync(id, "roles", administration.SetRolesAsync(Actor.From(User), id, roles));

    public Task<IActionResult> OnPostLockAsync(string id, bool locked) =>
        ApplyAsync(id, "lock", administration.SetLockedAsync(Actor.From(User), id, locked));

    public Task<IActionResult> OnPostPasswordAsync(string id, string? password) =>
        ApplyAsync(id, "password", administration.SetPasswordAsync(Actor.From(User), id, password ?? ""));

    async Task<IActionResult> ApplyAsync(string id, string done, Task<IdentityResult> change)
    {
        var result = await change;
        if (result.Succeeded)
        {
            return Redirect($"/cms/users/{Uri.EscapeDataString(id)}?done={done}");
        }

        Problem = PasswordProblems.Describe(result);
        var page = await ShowAsync(id);
        Response.StatusCode = Person is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        return page;
    }

    async Task<IActionResult> ShowAsync(string id)
    {
        Person = await administration.FindAsync(Actor.From(User), id);
        return Person is null ? NotFound() : Page();
    }
}
