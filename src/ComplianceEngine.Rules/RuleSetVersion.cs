using System.Security.Cryptography;
using System.Text;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules;

/// <summary>The rule-set version: SHA-256 over what decides outcomes (catalog and parameters), independent of checkout line endings.</summary>
public static class RuleSetVersion
{
    public static string Compute(string rulesDirectory)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in new[] { "catalog", "parameters" })
        {
            foreach (var path in CatalogFiles.In(rulesDirectory, folder))
            {
                var content = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                sha.AppendData(Encoding.UTF8.GetBytes($"{folder}/{Path.GetFileName(path)}\n{content}\n"));
            }
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
