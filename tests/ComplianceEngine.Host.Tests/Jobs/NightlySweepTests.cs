using System.Net;
using ComplianceEngine.Host.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

[Collection(HangfireCollection.Name)]
public sealed class NightlySweepTests(JobsHostFactory host) : IClassFixture<JobsHostFactory>
{
    private const string AsOf = "2026-11-23";
    private const string UnfinishedJobsSql = "SELECT count(*) FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'";

    [Fact]
    public async Task FanOut_EvaluatesEveryEnterpriseOnceAndRefusesASecondSweep_WhenRunTwiceForOneDate()
    {
        await host.ImportSampleAsync();
        var enterprises = await ScalarAsync("SELECT count(*) FROM enterprises");

        var batches = await host.Services.GetRequiredService<NightlySweep>().FanOutAsync(AsOf, CancellationToken.None);

        Assert.Equal((enterprises + JobsHostFactory.BatchSize - 1) / JobsHostFactory.BatchSize, batches);
        await WaitForAsync(() => ScalarAsync($"SELECT count(*) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{AsOf}'"), enterprises);
        await WaitForAsync(async () => -await ScalarAsync(UnfinishedJobsSql), 0);
        var jobs = await ScalarAsync("SELECT count(*) FROM hangfire.job");

        // A second sweep on the same terms would store nothing new: it is refused before it queues a single batch.
        var again = await host.Services.GetRequiredService<NightlySweep>().FanOutAsync(AsOf, CancellationToken.None);

        Assert.Equal(0, again);
        Assert.Equal(jobs, await ScalarAsync("SELECT count(*) FROM hangfire.job"));
        Assert.Equal(batches, await ScalarAsync($"SELECT batches::bigint FROM sweep_runs WHERE as_of = '{AsOf}'"));
        Assert.Equal(enterprises, await ScalarAsync($"SELECT count(*) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{AsOf}'"));
        Assert.Equal(enterprises, await ScalarAsync($"SELECT count(DISTINCT record_id) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{AsOf}'"));
    }

    [Fact]
    public async Task TriggerSweep_Answers409_WhenASweepOfTheDateIsQueuedAlready()
    {
        const string asOf = "2026-11-26";
        using var admin = host.ClientWithKey(HostFactory.AdminKey);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/jobs/nightly-sweep?asOf={asOf}", null)).StatusCode);
        await WaitForAsync(() => ScalarAsync($"SELECT count(*) FROM sweep_runs WHERE as_of = '{asOf}' AND batches IS NOT NULL"), 1);

        var second = await admin.PostAsync($"/api/v1/jobs/nightly-sweep?asOf={asOf}", null);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("queued or done already", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FanOut_CompletesTheRegisterWithoutDuplicates_WhenABatchHadStoppedHalfway()
    {
        const string asOf = "2026-11-24";
        await host.ImportSampleAsync();
        var enterprises = await ScalarAsync("SELECT count(*) FROM enterprises");
        // A batch that died after storing half its enterprises: the first half of the first batch is in the trail.
        var firstHalf = new List<string>();
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT id FROM enterprises ORDER BY id LIMIT {JobsHostFactory.BatchSize / 2}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                firstHalf.Add(reader.GetString(0));
            }
        }

        using (var scope = host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SweepBatch>().RunAsync([.. firstHalf], asOf, CancellationToken.None);
        }

        await host.Services.GetRequiredService<NightlySweep>().FanOutAsync(asOf, CancellationToken.None);

        await WaitForAsync(() => ScalarAsync($"SELECT count(*) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{asOf}'"), enterprises);
        Assert.Equal(enterprises, await ScalarAsync($"SELECT count(DISTINCT record_id) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{asOf}'"));
    }

    private async Task<string> StatesAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(coalesce(statename,'null') || ':' || coalesce((SELECT data::text FROM hangfire.state s WHERE s.jobid = j.id ORDER BY s.id DESC LIMIT 1),''), ' | ') FROM hangfire.job j", connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "none";
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task WaitForAsync(Func<Task<long>> count, long expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        long seen;
        // At least: the other test of this class may have left jobs and evaluations of its own date behind.
        while ((seen = await count()) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(seen >= expected, $"expected {expected}, saw {seen}; jobs: {await StatesAsync()}; evaluations: {await ScalarAsync("SELECT count(*) FROM evaluations")} as of {await ScalarAsync("SELECT count(DISTINCT as_of) FROM evaluations")} date(s)");
    }
}
