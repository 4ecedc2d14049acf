using ComplianceEngine.Data.Audit;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>--baseline</c>/<c>--candidate</c> values: a catalog folder, or a version hash (<c>sha256:…</c>) read from the
/// audit trail's stored versions (needs <c>ConnectionStrings__Compliance</c>).
/// </summary>
internal static class CatalogVersionSource
{
    /// <summary>The snapshot, or null after printing why (with the exit code to return).</summary>
    public static async Task<(RuleSetSnapshot? Snapshot, int ExitCode)> ReadAsync(string option, string value, CancellationToken ct)
    {
        if (!value.StartsWith("sha256:", StringComparison.Ordinal))
        {
            if (Directory.Exists(Path.Combine(value, "catalog")))
            {
                return (RuleSetSnapshot.Read(value), 0);
            }

            Console.Error.WriteLine($"error: {option}: '{value}' is neither a rules folder (with catalog/) nor a version hash (sha256:…)");
            return (null, ExitCodes.InputRefused);
        }

        await using var dataSource = CliDatabase.Open();
        if (dataSource is null)
        {
            return (null, ExitCodes.Unavailable);
        }

        var snapshot = await new RuleSetStore(dataSource).LoadAsync(value, ct);
        if (snapshot is null)
        {
            Console.Error.WriteLine($"error: {option}: version {value} is not stored in the audit trail (GET /api/v1/rules/versions lists those that are)");
            return (null, ExitCodes.InputRefused);
        }

        return (snapshot, 0);
    }
}
