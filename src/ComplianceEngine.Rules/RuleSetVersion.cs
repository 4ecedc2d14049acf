using System.Security.Cryptography;
using System.Text;

namespace ComplianceEngine.Rules;

/// <summary>The rule-set version: SHA-256 over what decides outcomes (catalog and parameters), independent of checkout line endings.</summary>
public static class RuleSetVersion
{
    public static string Compute(string rulesDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in new[] { "catalog", "parameters" })
        {
            var dir = Path.Combine(rulesDirectory, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var path in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                var content = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                sha.AppendData(Encoding.UTF8.GetBytes($"{folder}/{Path.GetFileName(path)}\n{content}\n"));
            }
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
