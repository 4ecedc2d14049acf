using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Identity;

namespace ComplianceEngine.Host.People;

/// <summary>
/// One person per role for a local run with the bundled sample (docs/web.md): user names are the role names, passwords
/// come from <c>Sample:Passwords:&lt;role&gt;</c> (a role without one is not seeded). A person who exists is left as is.
/// </summary>
public sealed class SamplePeople(UserManager<Person> users, RoleManager<IdentityRole> roles, IConfiguration configuration, ILogger<SamplePeople> logger)
{
    public const string PasswordsKey = "Sample:Passwords";

    /// <summary>The sample enterprise the enterprise user acts for (the first in data/sample/enterprises.json).</summary>
    public const string SampleEnterpriseId = "E-0000001";

    /// <summary>Sample display names: 张明 (审批), 李强 (执法), 王丽 (企业), 陈静 (管理).</summary>
    public static readonly IReadOnlyDictionary<string, string> DisplayNames = new Dictionary<string, string>
    {
        [Roles.Officer] = "张明",
        [Roles.Enforcement] = "李强",
        [Roles.Enterprise] = "王丽",
        [Roles.Admin] = "陈静",
    };

    public async Task SeedAsync()
    {
        await EnsureRolesAsync(roles);
        foreach (var (role, displayName) in DisplayNames)
        {
            if (configuration[$"{PasswordsKey}:{role}"] is not { Length: > 0 } password)
            {
                logger.LogWarning("{Key}:{Role} is not set: no sample {Role} account", PasswordsKey, role, role);
                continue;
            }

            if (await users.FindByNameAsync(role) is not null)
            {
                continue;
            }

            var person = new Person { UserName = role, DisplayName = displayName, EnterpriseId = role == Roles.Enterprise ? SampleEnterpriseId : null };
            Check(await users.CreateAsync(person, password), $"{PasswordsKey}:{role}");
            Check(await users.AddToRoleAsync(person, role), role);
            logger.LogInformation("sample account {User} ({Role}) created", role, role);
        }
    }

    /// <summary>Creates the four roles of <see cref="Roles.All"/> where missing.</summary>
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    /// <summary>A refused sample account stops start-up with Identity's reasons (e.g. a password too short).</summary>
    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
