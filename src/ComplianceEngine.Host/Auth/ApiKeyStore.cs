using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Auth;

/// <summary>
/// The configured keys, kept only as SHA-256 hashes: a memory dump does not reveal a usable key. A presented key is
/// hashed and compared with every entry in constant time, so timing does not tell how much of a key matched.
/// </summary>
public sealed class ApiKeyStore
{
    private readonly IReadOnlyList<ApiKeyCaller> _callers;

    public ApiKeyStore(IOptions<ApiKeyOptions> options)
    {
        var callers = new List<ApiKeyCaller>();
        foreach (var (entry, index) in options.Value.ApiKeys.Select((e, i) => (e, i)))
        {
            // A misconfigured key is a start-up error, not a key that silently never works.
            if (string.IsNullOrWhiteSpace(entry.Key))
            {
                throw new InvalidOperationException($"Auth:ApiKeys:{index}:Key is empty");
            }

            if (!Roles.All.Contains(entry.Role))
            {
                throw new InvalidOperationException($"Auth:ApiKeys:{index}:Role '{entry.Role}' is not one of {string.Join(", ", Roles.All)}");
            }

            if (entry.Role == Roles.Enterprise && string.IsNullOrWhiteSpace(entry.EnterpriseId))
            {
                throw new InvalidOperationException($"Auth:ApiKeys:{index}:EnterpriseId is required for role enterprise");
            }

            callers.Add(new ApiKeyCaller(Hash(entry.Key), entry.Role, entry.Role == Roles.Enterprise ? entry.EnterpriseId : null));
        }

        _callers = callers;
    }

    public int Count => _callers.Count;

    /// <summary>The configured callers in configuration order (hashes only), for the admin page.</summary>
    public IReadOnlyList<ApiKeyCaller> Callers => _callers;

    public ApiKeyCaller? Find(string presentedKey)
    {
        var hash = Hash(presentedKey);
        ApiKeyCaller? found = null;
        // No early exit: every entry is compared whatever matches.
        foreach (var caller in _callers)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, caller.KeyHash))
            {
                found ??= caller;
            }
        }

        return found;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
