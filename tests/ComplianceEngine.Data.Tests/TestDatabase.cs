using ComplianceEngine.Data.Migrations;
using Npgsql;

namespace ComplianceEngine.Data.Tests;

/// <summary>
/// A fresh database on the PostgreSQL that scripts/test.sh starts, dropped afterwards. Without
/// <c>ConnectionStrings__Compliance</c> the tests fail: they are the point of this project and must not pass unseen.
/// The notices tests compile this file too (their outbox needs the same database), so it uses only public APIs.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly bool _migrate;
    private NpgsqlDataSource? _dataSource;

    public TestDatabase() : this(migrate: true)
    {
    }

    private TestDatabase(bool migrate) => _migrate = migrate;

    public string Name { get; } = $"ce_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("not initialized");

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Compliance") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "ConnectionStrings__Compliance is not set: run the tests with scripts/test.sh, which starts PostgreSQL, " +
                "or point the variable at a server where the role may CREATE DATABASE.");

    /// <summary>A database with nothing in it, for the migration tests.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var db = new TestDatabase(migrate: false);
        await db.InitializeAsync();
        return db;
    }

    public async Task InitializeAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", server);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ConnectionString;
        _dataSource = ComplianceDatabase.CreateDataSource(ConnectionString);
        if (_migrate)
        {
            DatabaseMigrator.Migrate(ConnectionString);
        }
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
