namespace ComplianceEngine.Host.Auth;

/// <summary>Who a key belongs to, kept beside the key's SHA-256 hash.</summary>
public sealed record ApiKeyCaller(byte[] KeyHash, string Role, string? EnterpriseId);
