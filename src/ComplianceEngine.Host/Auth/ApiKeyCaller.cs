namespace ComplianceEngine.Host.Auth;

/// <summary>Who a key belongs to, kept beside the key's SHA-256 hash.</summary>
public sealed record ApiKeyCaller(byte[] KeyHash, string Role, string? EnterpriseId)
{
    /// <summary>The first 12 hex digits of the key's SHA-256: tells keys apart on the admin page, reveals nothing usable.</summary>
    public string Fingerprint => Convert.ToHexStringLower(KeyHash)[..12];
}
