using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

[Collection(HangfireCollection.Name)]
public sealed class ConcurrentStartTests
{
    [Fact]
    public async Task MigrateComplianceDatabase_AppliesEachMigrationOnce_WhenTwoInstancesStartTogetherOnAnEmptyDatabase()
    {
        var first = new JobsHostFactory();
        await ((IAsyncLifetime)first).InitializeAsync();
        var second = new JobsHostFactory { SharesDatabaseOf = first };
        await ((IAsyncLifetime)second).InitializeAsync();
        try
        {
            await Task.WhenAll(Task.Run(() => first.CreateClient().Dispose()), Task.Run(() => second.CreateClient().Dispose()));

            await using var connection = new NpgsqlConnection(first.ConnectionString);
            await connection.OpenAsync();
            await using var applied = new NpgsqlCommand("SELECT count(*), count(DISTINCT scriptname) FROM schema_versions", connection);
            await using var reader = await applied.ExecuteReaderAsync();
            await reader.ReadAsync();
            var migrations = Directory.GetFiles(HostFactory.RepositoryFile("migrations"), "*.sql").Length;
            Assert.Equal((migrations, migrations), ((int)reader.GetInt64(0), (int)reader.GetInt64(1)));
        }
        finally
        {
            await second.DisposeDatabaseAsync();
            await first.DisposeDatabaseAsync();
        }
    }
}
