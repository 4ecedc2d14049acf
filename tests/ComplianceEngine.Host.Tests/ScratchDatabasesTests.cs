using Npgsql;

namespace ComplianceEngine.Host.Tests;

public sealed class ScratchDatabasesTests
{
    [Fact]
    public async Task DropAsync_DropsTheDatabase_WhenASessionIsStillOpenOnIt()
    {
        var name = $"ce_drop_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(HostFactory.ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        // A session that is not pooled by this process (Pooling=false): ClearAllPools cannot close it, only the server can.
        var held = new NpgsqlConnectionStringBuilder(HostFactory.ServerConnectionString) { Database = name, Pooling = false };
        await using var open = new NpgsqlConnection(held.ConnectionString);
        await open.OpenAsync();
        await ScratchDatabases.DropAsync(HostFactory.ServerConnectionString, name);

        await using var check = new NpgsqlConnection(HostFactory.ServerConnectionString);
        await check.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", check) { Parameters = { new() { Value = name } } };
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }
}
