using ComplianceEngine.Host.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ComplianceEngine.Host.Pages.Admin;

/// <summary>
/// The API keys for machines, as they are: configured under <c>Auth:ApiKeys</c>, held only as SHA-256 hashes in memory
/// (ADR 0005), changed by configuration and a restart. The page lists role, enterprise and a fingerprint, never a key.
/// </summary>
public sealed class ApiKeysModel(ApiKeyStore keys) : PageModel
{
    public IReadOnlyList<ApiKeyCaller> Callers { get; private set; } = [];

    public void OnGet() => Callers = keys.Callers;
}
