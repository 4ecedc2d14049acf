using System.Net;
using System.Text;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>
/// Two host operating-system processes on one database, as two nodes of a deployment: a sweep triggered on one is
/// split between both, and every enterprise is evaluated exactly once.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class TwoProcessSweepTests
{
    private const string AsOf = "2026-11-23";
    private const int BatchSize = 10;

    [Fact]
    public async Task NightlySweep_EvaluatesEveryEnterpriseOnceWithBatchesInBothProcesses_WhenTwoHostProcessesShareTheDatabase()
    {
        await using var database = await FreshDatabase.CreateAsync();
        var settings = SweepHostSettings.For(database, BatchSize, workers: 2, invisibilityTimeout: TimeSpan.FromMinutes(5));
        await using var first = HostProcess.Start("first", settings);
        // One after the other, as in a rolling start (starting together is ConcurrentStartTests' case).
        await first.WaitUntilReadyAsync(Eventually.Timeout);
        await using var second = HostProcess.Start("second", settings);
        using var officer = first.Client(SweepHostSettings.OfficerKey);
        var sample = await File.ReadAllTextAsync(HostFactory.RepositoryFile("data", "sample", "enterprises.json"));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync("/api/v1/records", new StringContent(sample, Encoding.UTF8, "application/json"))).StatusCode);
        var enterprises = await database.CountAsync("SELECT count(*) FROM enterprises");
        var batches = (enterprises + BatchSize - 1) / BatchSize;
        await second.WaitUntilReadyAsync(Eventually.Timeout);

        using var admin = second.Client(SweepHostSettings.AdminKey);
        var trigger = await admin.PostAsync($"/api/v1/jobs/nightly-sweep?asOf={AsOf}", null);

        Assert.Equal(HttpStatusCode.Accepted, trigger.StatusCode);
        // The fan-out job and its batches; nothing else is queued on this database (the schedule never fires).
        await Eventually.HoldsAsync($"the fan-out and {batches} batch job(s) succeeded",
            async () => await database.CountAsync(SweepSql.SucceededJobs) == 1 + batches,
            async () => await SweepSql.DescribeAsync(database, first, second));
        Assert.Equal(0, await database.CountAsync(SweepSql.UnfinishedJobs));
        Assert.Equal(enterprises, await database.CountAsync(SweepSql.Evaluations(AsOf)));
        Assert.Equal(enterprises, await database.CountAsync(SweepSql.EvaluatedEnterprises(AsOf)));
        Assert.Equal(0, await database.CountAsync(SweepSql.UnevaluatedEnterprises(AsOf)));
        // Both processes ran batches: of the four Hangfire servers (the sweep's and the short jobs' in each process, the
        // only ones on this database), two appear in the batches' Processing states, and each process logged batches.
        Assert.Equal(4, await database.CountAsync("SELECT count(*) FROM hangfire.server"));
        Assert.Equal(2, await database.CountAsync(SweepSql.ServersThatRanBatches));
        Assert.True(first.Wrote(SweepSql.BatchLogLine), await SweepSql.DescribeAsync(database, first, second));
        Assert.True(second.Wrote(SweepSql.BatchLogLine), await SweepSql.DescribeAsync(database, first, second));
    }
}
