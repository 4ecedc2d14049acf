using ComplianceEngine.Data.Migrations;
using Dapper;
using DbUp.Engine;

namespace ComplianceEngine.Data.Tests.Migrations;

public sealed class DatabaseMigratorTests
{
    [Fact]
    public async Task Migrate_AppliesEveryScriptInOrder_WhenDatabaseIsEmpty()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();

        var result = DatabaseMigrator.Migrate(db.ConnectionString);

        var expected = DatabaseMigrator.EmbeddedScripts().Select(s => s.Name).ToList();
        Assert.Equal(expected, result.Applied);
        Assert.StartsWith("0001_", expected[0], StringComparison.Ordinal);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var tables = (await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            "enterprises", "projects", "inspections", "monitoring_series", "monitoring_readings", "rule_set_versions", "record_snapshots",
            "evaluations", DatabaseMigrator.JournalTable,
        }, tables);
    }

    [Fact]
    public async Task Migrate_LeavesTheTrailOnlyTheIndexesItsStatementsUse_WhenDatabaseIsEmpty()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();

        DatabaseMigrator.Migrate(db.ConnectionString);

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var indexes = await connection.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE tablename = 'evaluations' ORDER BY indexname");
        Assert.Equal(["evaluations_history_idx", "evaluations_identity_key", "evaluations_pkey"], indexes);
    }

    [Fact]
    public async Task Migrate_AppliesNothing_WhenRunTwice()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        DatabaseMigrator.Migrate(db.ConnectionString);

        var second = DatabaseMigrator.Migrate(db.ConnectionString);

        Assert.Empty(second.Applied);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var journalled = await connection.ExecuteScalarAsync<long>($"SELECT count(*) FROM {DatabaseMigrator.JournalTable}");
        Assert.Equal(DatabaseMigrator.EmbeddedScripts().Count, journalled);
    }

    [Fact]
    public async Task Migrate_RollsBackAndNamesScriptAndStatement_WhenAScriptFails()
    {
        await using var db = await TestDatabase.CreateEmptyAsync();
        var broken = new SqlScript("9999_broken.sql", """
            CREATE TABLE half_done (id int);
            INSERT INTO no_such_table VALUES (1);
            """);

        var error = Assert.Throws<MigrationFailedException>(
            () => DatabaseMigrator.Migrate(db.ConnectionString, [.. DatabaseMigrator.EmbeddedScripts(), broken]));

        Assert.Equal("9999_broken.sql", error.Script);
        Assert.Contains("no_such_table", error.Statement, StringComparison.Ordinal);
        Assert.Contains("9999_broken.sql", error.Message, StringComparison.Ordinal);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('half_done')::text"));
        var journalled = await connection.QueryAsync<string>($"SELECT scriptname FROM {DatabaseMigrator.JournalTable}");
        Assert.DoesNotContain("9999_broken.sql", journalled);
        Assert.Contains("0001_create_enterprises_and_projects.sql", journalled);
    }
}
