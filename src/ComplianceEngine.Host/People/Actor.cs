using System.Security.Claims;
using ComplianceEngine.Host.Auth;

namespace ComplianceEngine.Host.People;

/// <summary>
/// Who did something, for every issued document and recorded inspection: the signed-in person's user name, the name
/// written on the document, the role and (enterprise users) the own enterprise. A machine calling with an API key is
/// named by its role, as it has no person behind it.
/// </summary>
public sealed record Actor(string UserName, string DisplayName, string Role, string? EnterpriseId)
{
    /// <summary>The claim carrying <see cref="DisplayName"/> in a signed-in person's cookie.</summary>
    public const string DisplayNameClaim = "display_name";

    /// <summary>The actor behind <paramref name="user"/>; throws when the request is not authenticated (a page bug, not bad input).</summary>
    public static Actor From(ClaimsPrincipal user)
    {
        var name = user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } n }
            ? n
            : throw new InvalidOperationException("no signed-in person or API key behind this request");
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? throw new InvalidOperationException($"'{name}' has none of the roles {string.Join(", ", Roles.All)}");
        return new Actor(name, user.FindFirst(DisplayNameClaim)?.Value ?? name, role, user.FindFirst(Roles.EnterpriseIdClaim)?.Value);
    }
}
