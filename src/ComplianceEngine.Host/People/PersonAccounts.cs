using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ComplianceEngine.Host.People;

/// <summary>One person as the admin pages list them.</summary>
public sealed record PersonRow(string Id, string UserName, string DisplayName, string? Role, string? EnterpriseId, bool LockedOut);

/// <summary>
/// The people who may sign in, kept by ASP.NET Core Identity: list, create, set a role (binding an enterprise user to
/// an enterprise of the register), lock and unlock. Refusals come back as messages (Chinese for our own checks,
/// Identity's own for its password and name rules); an empty list means done.
/// </summary>
public sealed class PersonAccounts(UserManager<Person> users, RoleManager<IdentityRole> roles, RegisterStore register, PeopleDbContext people)
{
    public async Task<IReadOnlyList<PersonRow>> ListAsync(CancellationToken ct = default)
    {
        // One query with each person's role: asking Identity person by person cost a round trip each (bench/pages.sh).
        var now = DateTimeOffset.UtcNow;
        var rows = await (
            from person in people.Users
            let role = (from link in people.UserRoles
                        join r in people.Roles on link.RoleId equals r.Id
                        where link.UserId == person.Id
                        orderby r.Name
                        select r.Name).FirstOrDefault()
            orderby person.UserName
            select new { person.Id, person.UserName, person.DisplayName, Role = role, person.EnterpriseId, person.LockoutEnabled, person.LockoutEnd })
            .AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(p => new PersonRow(p.Id, p.UserName ?? "", p.DisplayName, p.Role, p.EnterpriseId, p.LockoutEnabled && p.LockoutEnd > now))];
    }

    public async Task<IReadOnlyList<string>> CreateAsync(string userName, string displayName, string password, string role, string? enterpriseId)
    {
        if (await CheckRoleAsync(role, enterpriseId) is { Count: > 0 } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            return ["姓名不能为空。"];
        }

        // The columns' sizes (migrations/0030): refused by name here rather than failing in the database.
        if (displayName.Trim().Length > 100 || userName.Trim().Length > 256)
        {
            return ["姓名最多100个字符，用户名最多256个字符。"];
        }

        var person = new Person { UserName = userName.Trim(), DisplayName = displayName.Trim(), EnterpriseId = role == Roles.Enterprise ? enterpriseId!.Trim() : null };
        await EnsureRolesAsync();
        return Errors(await users.CreateAsync(person, password)) is { Count: > 0 } errors ? errors : Errors(await users.AddToRoleAsync(person, role));
    }

    /// <summary>Gives the person exactly one role; an enterprise user is bound to <paramref name="enterpriseId"/>, anyone else to none.</summary>
    public async Task<IReadOnlyList<string>> SetRoleAsync(string id, string role, string? enterpriseId)
    {
        if (await users.FindByIdAsync(id) is not { } person)
        {
            return ["没有此人员。"];
        }

        if (await CheckRoleAsync(role, enterpriseId) is { Count: > 0 } refused)
        {
            return refused;
        }

        // Someone must stay able to manage people and the catalog.
        if (role != Roles.Admin && await users.IsInRoleAsync(person, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count <= 1)
        {
            return ["不能取消最后一名系统管理员的管理员角色。"];
        }

        await EnsureRolesAsync();
        person.EnterpriseId = role == Roles.Enterprise ? enterpriseId!.Trim() : null;
        var errors = Errors(await users.UpdateAsync(person));
        errors = errors.Count > 0 ? errors : Errors(await users.RemoveFromRolesAsync(person, await users.GetRolesAsync(person)));
        errors = errors.Count > 0 ? errors : Errors(await users.AddToRoleAsync(person, role));
        // A new security stamp makes the person's cookie carry the new role at its next validation.
        return errors.Count > 0 ? errors : Errors(await users.UpdateSecurityStampAsync(person));
    }

    /// <summary>Locks (until unlocked) or unlocks; an admin cannot lock their own account.</summary>
    public async Task<IReadOnlyList<string>> SetLockedAsync(string id, bool locked, string actingUserName)
    {
        if (await users.FindByIdAsync(id) is not { } person)
        {
            return ["没有此人员。"];
        }

        if (locked && person.UserName == actingUserName)
        {
            return ["不能锁定自己的账户。"];
        }

        var errors = Errors(await users.SetLockoutEndDateAsync(person, locked ? DateTimeOffset.MaxValue : null));
        errors = errors.Count > 0 || locked ? errors : Errors(await users.ResetAccessFailedCountAsync(person));
        return errors.Count > 0 || !locked ? errors : Errors(await users.UpdateSecurityStampAsync(person));
    }

    /// <summary>Creates the four roles of <see cref="Roles.All"/> where missing.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"role {role}: {string.Join("; ", Errors(created))}");
                }
            }
        }
    }

    private async Task<IReadOnlyList<string>> CheckRoleAsync(string role, string? enterpriseId)
    {
        if (!Roles.All.Contains(role))
        {
            return ["角色无效。"];
        }

        if (role == Roles.Enterprise && (string.IsNullOrWhiteSpace(enterpriseId) || await register.RecordJsonAsync("enterprise", enterpriseId.Trim()) is null))
        {
            return ["企业用户必须绑定一个已登记的企业。"];
        }

        return [];
    }

    private static IReadOnlyList<string> Errors(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
