using ComplianceEngine.Host.Jobs;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

[Collection(HangfireCollection.Name)]
public sealed class FirstRunJobsTests
{
    [Fact]
    public async Task TriggerWhenStarted_SweepsAndDraftsDecisionsAtStart_WhenTheSampleWasJustImported()
    {
        var host = new JobsHostFactory
        {
            ExtraSettings =
            {
                ["Sample:Files:0"] = HostFactory.RepositoryFile("data", "sample", "enterprises.json"),
                // Scheduled far off (a test must not wait for them); the deadline reminders stay removed and are skipped.
                ["Jobs:NightlySweepCron"] = "0 2 * * *",
                ["Jobs:RectificationCron"] = "0 4 * * *",
            },
        };
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            host.CreateClient().Dispose();

            // Correction decisions are drafts for an officer to issue, not notices in the outbox.
            await Eventually.HoldsAsync("every sample enterprise is evaluated and correction decisions are drafted",
                async () => await CountAsync(host, "SELECT count(DISTINCT record_id) FROM evaluations WHERE record_kind = 'enterprise'") == 300
                    && await CountAsync(host, "SELECT count(*) FROM documents WHERE document_type = 'correction-decision' AND status = 'draft'") > 0,
                async () => $"evaluated: {await CountAsync(host, "SELECT count(DISTINCT record_id) FROM evaluations")}, " +
                            $"documents: {await CountAsync(host, "SELECT count(*) FROM documents")}");
            Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM notices WHERE notice_type = 'supervision-letter'"));
            Assert.Contains(NightlySweep.RecurringJobId, FirstRunJobs.Ids);
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }

    [Fact]
    public async Task TriggerWhenStarted_LeavesTheJobsToTheirSchedules_WhenTheRegisterAlreadyHadRecords()
    {
        var host = new JobsHostFactory { ExtraSettings = { ["Jobs:NightlySweepCron"] = "0 2 * * *" } };
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            await host.ImportSampleAsync();
            var again = new JobsHostFactory
            {
                SharesDatabaseOf = host,
                ExtraSettings = { ["Sample:Files:0"] = HostFactory.RepositoryFile("data", "sample", "enterprises.json"), ["Jobs:NightlySweepCron"] = "0 2 * * *" },
            };
            await ((IAsyncLifetime)again).InitializeAsync();
            again.CreateClient().Dispose();
            // The restarted host's workers poll every 200 ms: a triggered sweep would have queued its fan-out by now.
            await Task.Delay(TimeSpan.FromSeconds(3));

            Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM hangfire.job"));
            Assert.Equal(0, await CountAsync(host, "SELECT count(*) FROM evaluations"));
            await again.DisposeDatabaseAsync();
        }
        finally
        {
            await host.DisposeDatabaseAsync();
        }
    }

    private static async Task<long> CountAsync(HostFactory host, string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
