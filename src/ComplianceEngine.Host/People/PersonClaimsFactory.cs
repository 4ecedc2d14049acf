using System.Security.Claims;
using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.People;

/// <summary>
/// Adds what the policies and the pages read to the cookie's principal: <see cref="Roles.EnterpriseIdClaim"/> for an
/// enterprise user (so every policy in <see cref="Policies"/> works for cookie users as for API keys) and the display name.
/// </summary>
public sealed class PersonClaimsFactory(UserManager<Person> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Person, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Person user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        if (user.EnterpriseId is { Length: > 0 } enterpriseId)
        {
            identity.AddClaim(new Claim(Roles.EnterpriseIdClaim, enterpriseId));
        }

        return identity;
    }
}
