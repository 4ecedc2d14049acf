using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ComplianceEngine.Host.People;

/// <summary>
/// Identity's refusals that a person can meet on our pages (password rules, user names), in Chinese first and in
/// English from Resources/People/IdentityMessages.en.resx, in the request's culture. Others keep Identity's wording.
/// </summary>
public sealed class IdentityMessages(IStringLocalizer<IdentityMessages> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), text["密码至少需要{0}个字符。", length]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), text["密码必须包含至少一个符号。"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), text["密码必须包含至少一个数字。"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), text["密码必须包含至少一个小写字母。"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), text["密码必须包含至少一个大写字母。"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), text["用户名“{0}”已被使用。", userName]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), text["用户名“{0}”无效：只能使用字母、数字和 -._@+。", userName ?? ""]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description.Value };
}
