using Microsoft.AspNetCore.Identity;

namespace Federation.Cms.Users;

/// <summary>Identity's refusals in the back office's words.</summary>
internal static class PasswordProblems
{
    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码至少需要 12 个字符。",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码需要包含数字。",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码需要包含小写字母。",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码需要至少 5 个不同的字符。",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => "这个电子邮箱已经有用户了。",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "电子邮箱无效。",
        _ => e.Description,
    }).Distinct());
}
