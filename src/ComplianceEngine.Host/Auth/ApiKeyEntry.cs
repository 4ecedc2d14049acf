namespace ComplianceEngine.Host.Auth;

/// <summary>One configured key: <c>Auth:ApiKeys:0:Key</c>, <c>…:Role</c>, <c>…:EnterpriseId</c> (only for role <c>enterprise</c>).</summary>
public sealed class ApiKeyEntry
{
    public string Key { get; set; } = "";
    public string Role { get; set; } = "";
    public string? EnterpriseId { get; set; }
}
