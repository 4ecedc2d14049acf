using ComplianceEngine.Host.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

[Collection(HangfireCollection.Name)]
public sealed class TwoInstanceSweepTests(TwoInstances hosts) : IClassFixture<TwoInstances>
{
    private const string AsOf = "2026-11-23";

    [Fact]
    public async Task FanOut_IsSharedByBothInstancesWithoutDuplicatesOrGaps_WhenTwoHostsShareTheDatabase()
    {
        await hosts.First.ImportSampleAsync();
        var enterprises = await ScalarAsync("SELECT count(*) FROM enterprises");

        var batches = await hosts.First.Services.GetRequiredService<NightlySweep>().FanOutAsync(AsOf, CancellationToken.None);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await ScalarAsync("SELECT count(*) FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'") > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(batches, await ScalarAsync("SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded'"));
        Assert.Equal(enterprises, await ScalarAsync($"SELECT count(*) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{AsOf}'"));
        Assert.Equal(enterprises, await ScalarAsync($"SELECT count(DISTINCT record_id) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{AsOf}'"));
        // Which Hangfire server ran each batch: both instances' servers took part.
        var servers = await ScalarAsync("SELECT count(DISTINCT data->>'ServerId') FROM hangfire.state WHERE name = 'Processing'");
        Assert.Equal(2L, servers);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(hosts.First.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
