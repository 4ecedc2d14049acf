using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Identity;

namespace ComplianceEngine.Host.People;

/// <summary>
/// One person per role for a local run with the bundled sample (docs/web.md): user names are the role names, passwords
/// come from <c>Sample:Passwords:&lt;role&gt;</c> (a role without one is not seeded). A person who exists is left as is;
/// a refused one (a password against Identity's rules, a missing sample enterprise) stops start-up with the reason.
/// </summary>
public sealed class SamplePeople(PersonAccounts accounts, UserManager<Person> users, IConfiguration configuration, ILogger<SamplePeople> logger)
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
        await accounts.EnsureRolesAsync();
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

            var errors = await accounts.CreateAsync(role, displayName, password, role, role == Roles.Enterprise ? SampleEnterpriseId : null);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"sample account {role} ({PasswordsKey}:{role}): {string.Join("; ", errors)}");
            }

            logger.LogInformation("sample account {User} ({Role}) created", role, role);
        }
    }
}
