using Microsoft.AspNetCore.Identity;

namespace ComplianceEngine.Host.People;

/// <summary>
/// A person who signs in (table <c>people</c>, migration 0030): Identity's user plus the name that stands behind a
/// decision and, for role <c>enterprise</c>, the one enterprise the person acts for.
/// </summary>
public sealed class Person : IdentityUser
{
    /// <summary>The name written on issued documents and recorded inspections, e.g. <c>张明</c>.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The register id (e.g. <c>E-0000001</c>) of an enterprise user's own enterprise; null for other roles.</summary>
    public string? EnterpriseId { get; set; }
}
