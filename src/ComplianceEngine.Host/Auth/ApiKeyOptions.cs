namespace ComplianceEngine.Host.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    public List<ApiKeyEntry> ApiKeys { get; set; } = [];
}
