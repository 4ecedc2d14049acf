using Npgsql;

namespace ComplianceEngine.Data.Migrations;

/// <summary>
/// Schema changes by one process at a time: nodes starting together on one empty database would race creating tables
/// (neither DbUp nor Hangfire's installer locks), so each holds a PostgreSQL session advisory lock while it migrates.
/// </summary>
public static class ExclusiveMigration
{
    // Any constant shared by every instance: the key of the session lock that serializes start-up schema changes.
    private const long SchemaLockKey = 0x436f6d706c69;

    /// <summary>Applies pending migrations, then runs <paramref name="alsoUnderLock"/> (e.g. a job store installing its schema), all under the lock.</summary>
    /// <exception cref="MigrationFailedException">A script failed: its name and statement.</exception>
    public static MigrationResult Run(string connectionString, Action<string> log, Action alsoUnderLock)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", connection))
        {
            take.ExecuteNonQuery();
        }

        try
        {
            var result = DatabaseMigrator.Migrate(connectionString, log);
            alsoUnderLock();
            return result;
        }
        finally
        {
            using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLockKey})", connection);
            release.ExecuteNonQuery();
        }
    }
}
