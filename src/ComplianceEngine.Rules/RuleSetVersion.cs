using System.Security.Cryptography;
using System.Text;

namespace ComplianceEngine.Rules;

/// <summary>The rule-set version: SHA-256 over what decides outcomes (catalog and parameters), independent of checkout line endings.</summary>
public static class RuleSetVersion
{
    public static string Compute(string rulesDirectory) => Compute(RuleSetSnapshot.Read(rulesDirectory));

    /// <summary>The version of the snapshot's bytes: <c>sha256:</c> and 64 lower-case hex digits.</summary>
    public static string Compute(RuleSetSnapshot snapshot)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var folder in new[] { "catalog", "parameters" })
        {
            foreach (var path in snapshot.JsonFiles(folder))
            {
                var content = snapshot.Text(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                sha.AppendData(Encoding.UTF8.GetBytes($"{folder}/{Path.GetFileName(path)}\n{content}\n"));
            }
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
