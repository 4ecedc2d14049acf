using ComplianceEngine.Data;
using ComplianceEngine.Data.Migrations;
using Npgsql;

namespace ComplianceEngine.Notices.Tests.Outbox;

/// <summary>
/// A fresh, migrated database on the PostgreSQL that scripts/test.sh starts (the same convention as the data
/// tests), dropped afterwards. Without <c>ConnectionStrings__Compliance</c> the tests fail: they must not pass unseen.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;

    public string Name { get; } = $"ce_notices_{Guid.NewGuid():N}";

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("not initialized");

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Compliance") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "ConnectionStrings__Compliance is not set: run the tests with scripts/test.sh, which starts PostgreSQL, " +
                "or point the variable at a server where the role may CREATE DATABASE.");

    public async Task InitializeAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", server);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ConnectionString;
        DatabaseMigrator.Migrate(connectionString);
        _dataSource = ComplianceDatabase.CreateDataSource(connectionString);
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
