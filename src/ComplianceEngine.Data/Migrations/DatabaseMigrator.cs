using System.Reflection;
using DbUp;
using DbUp.Engine;
using DbUp.Engine.Output;
using DbUp.Postgresql;

namespace ComplianceEngine.Data.Migrations;

/// <summary>
/// Applies the numbered SQL files of <c>migrations/</c> (embedded in this assembly) with DbUp: in name order, each in
/// its own transaction, recorded in the <c>schema_versions</c> journal so a script runs once per database.
/// </summary>
public static class DatabaseMigrator
{
    public const string JournalTable = "schema_versions";
    private const string ResourcePrefix = "ComplianceEngine.Data.Migrations.";

    public static MigrationResult Migrate(string connectionString, Action<string>? log = null) =>
        Migrate(connectionString, EmbeddedScripts(), log);

    /// <summary>The migration scripts this build carries, named as journalled (the file name).</summary>
    public static IReadOnlyList<SqlScript> EmbeddedScripts()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SqlScript(n[ResourcePrefix.Length..], Read(assembly, n)))];
    }

    /// <summary>Applies the given scripts; tests use it to add a deliberately broken one.</summary>
    public static MigrationResult Migrate(string connectionString, IEnumerable<SqlScript> scripts, Action<string>? log = null)
    {
        var upgradeLog = new UpgradeLog(log);
        var upgrader = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScripts(scripts)
            .WithTransactionPerScript()
            // $name$ is DbUp's variable syntax and PostgreSQL's dollar quoting; the scripts mean the latter.
            .WithVariablesDisabled()
            .JournalToPostgresqlTable("public", JournalTable)
            .LogTo(upgradeLog)
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript?.Name ?? "<unknown script>";
            var statement = result.ErrorScript is { } failed && upgradeLog.FailedBlock is { } block
                ? new PostgresqlConnectionManager(connectionString).SplitScriptIntoCommands(failed.Contents).ElementAtOrDefault(block)
                : null;
            throw new MigrationFailedException(script, statement, result.Error);
        }

        return new MigrationResult([.. result.Scripts.Select(s => s.Name)]);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>DbUp talks a lot; only what the caller asked to see goes anywhere.</summary>
    private sealed class UpgradeLog(Action<string>? log) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }

        public void LogDebug(string format, params object[] args) { }

        public void LogInformation(string format, params object[] args) => log?.Invoke(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        public void LogWarning(string format, params object[] args) => log?.Invoke(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));

        /// <summary>The 0-based statement of the script that failed, as DbUp reports it; DbUp's result does not carry it.</summary>
        public int? FailedBlock { get; private set; }

        public void LogError(string format, params object[] args)
        {
            if (format.StartsWith("Script block number:", StringComparison.Ordinal) && args is [int block, ..])
            {
                FailedBlock ??= block;
            }
        }

        public void LogError(Exception ex, string format, params object[] args) { }
    }
}
