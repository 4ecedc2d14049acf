namespace ComplianceEngine.Host.Auth;

/// <summary>The four kinds of caller (docs/adr/0005-api-keys-and-roles.md).</summary>
public static class Roles
{
    public const string Officer = "officer";
    public const string Enforcement = "enforcement";
    public const string Enterprise = "enterprise";
    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Officer, Enforcement, Enterprise, Admin };

    /// <summary>The claim carrying an <c>enterprise</c> caller's own enterprise id.</summary>
    public const string EnterpriseIdClaim = "enterprise_id";
}
