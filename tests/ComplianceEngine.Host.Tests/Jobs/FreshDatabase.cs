using ComplianceEngine.Data;
using ComplianceEngine.Data.Migrations;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>
/// A new, migrated database for host processes to share, dropped (connections and all) when disposed. Migrated here
/// so records can be imported before or while the hosts start; their own migration then finds nothing to do.
/// </summary>
public sealed class FreshDatabase : IAsyncDisposable
{
    private FreshDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        DataSource = ComplianceDatabase.CreateDataSource(connectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>A new database, migrated unless <paramref name="migrate"/> is false (a test of the host's own migration at start).</summary>
    public static async Task<FreshDatabase> CreateAsync(bool migrate = true)
    {
        var name = $"ce_procs_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(HostFactory.ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        var database = new FreshDatabase(name, new NpgsqlConnectionStringBuilder(HostFactory.ServerConnectionString) { Database = name }.ConnectionString);
        if (migrate)
        {
            DatabaseMigrator.Migrate(database.ConnectionString);
        }

        return database;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> StringsAsync(string sql)
    {
        var values = new List<string>();
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "null" : reader.GetValue(0).ToString()!);
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await ScratchDatabases.DropAsync(HostFactory.ServerConnectionString, Name);
    }
}
