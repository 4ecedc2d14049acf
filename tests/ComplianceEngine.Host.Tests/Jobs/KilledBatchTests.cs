using System.Net;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Synthetic;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>
/// A host process killed while a sweep batch is half stored, as a crash or an out-of-memory kill would: the batch is
/// taken again by the next host once its fetch has gone <c>Jobs:InvisibilityTimeout</c> without a heartbeat, and the
/// trail ends as an uninterrupted sweep leaves it.
/// </summary>
[Collection(HangfireCollection.Name)]
public sealed class KilledBatchTests
{
    private const string AsOf = "2026-11-23";

    // Generated (the sample's 300 are too few): a batch of 400 takes seconds here, so it can be killed partway.
    private const int Enterprises = 800;
    private const int BatchSize = 400;

    /// <summary>The batch is killed once this many of its enterprises are stored: some, far from all.</summary>
    private const int KillAfter = 40;

    private static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task SweepBatch_IsRetriedToTheUninterruptedResult_WhenItsProcessIsKilledHalfway()
    {
        await using var database = await FreshDatabase.CreateAsync();
        // One worker: the batch being evaluated when the process dies is the only job it holds.
        await using var first = HostProcess.Start("first", SweepHostSettings.For(database, BatchSize, workers: 1, InvisibilityTimeout));
        await ImportGeneratedEnterprisesAsync(database);
        await first.WaitUntilReadyAsync(Eventually.Timeout);
        using (var admin = first.Client(SweepHostSettings.AdminKey))
        {
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/v1/jobs/nightly-sweep?asOf={AsOf}", null)).StatusCode);
        }

        await Eventually.HoldsAsync($"{KillAfter} evaluations are stored",
            async () => await database.CountAsync(SweepSql.Evaluations(AsOf)) >= KillAfter,
            async () => await SweepSql.DescribeAsync(database, first));
        var killed = Assert.Single(await database.StringsAsync("SELECT id FROM hangfire.job WHERE statename = 'Processing'"));
        first.Kill();
        var storedWhenKilled = await database.CountAsync(SweepSql.Evaluations(AsOf));

        // Killed halfway: part of the batch stored (its first chunks), the job left in Processing by a server that is gone.
        Assert.InRange(storedWhenKilled, KillAfter, BatchSize - 1);
        Assert.Equal(["Processing"], await database.StringsAsync($"SELECT statename FROM hangfire.job WHERE id = {killed}"));

        // The node comes back (a new process, same settings): it takes the other batch at once and the killed one
        // once its fetch is InvisibilityTimeout old.
        await using var restarted = HostProcess.Start("restarted", SweepHostSettings.For(database, BatchSize, workers: 2, InvisibilityTimeout));
        await restarted.WaitUntilReadyAsync(Eventually.Timeout);
        await Eventually.HoldsAsync($"the fan-out and {Enterprises / BatchSize} batch job(s) succeeded",
            async () => await database.CountAsync(SweepSql.SucceededJobs) == 1 + (Enterprises / BatchSize),
            async () => await SweepSql.DescribeAsync(database, first, restarted));

        Assert.Equal(0, await database.CountAsync(SweepSql.UnfinishedJobs));
        // The killed job itself was retried: Processing on the dead process's server, then on the restarted one's.
        Assert.Equal(2, await database.CountAsync($"SELECT count(DISTINCT data->>'ServerId') FROM hangfire.state WHERE jobid = {killed} AND name = 'Processing'"));
        Assert.Equal(Enterprises, await database.CountAsync(SweepSql.Evaluations(AsOf)));
        Assert.Equal(Enterprises, await database.CountAsync(SweepSql.EvaluatedEnterprises(AsOf)));
        Assert.Equal(0, await database.CountAsync(SweepSql.UnevaluatedEnterprises(AsOf)));
        var differences = await UninterruptedRun.DifferencesAsync(database, AsOf);
        Assert.True(differences.Count == 0, $"{differences.Count} enterprise(s) differ from an uninterrupted run:\n{string.Join('\n', differences.Take(10))}");
    }

    /// <summary>A register of contract-valid enterprises from the synthetic generator (fixed seed), imported as the CLI would.</summary>
    private static async Task ImportGeneratedEnterprisesAsync(FreshDatabase database)
    {
        var generator = new EnterpriseGenerator(seed: 7, referenceDate: new DateOnly(2026, 11, 23));
        var file = Path.Combine(Path.GetTempPath(), $"ce-procs-{Guid.NewGuid():N}.json");
        try
        {
            await using (var stream = File.Create(file))
            await using (var writer = new Utf8JsonWriter(stream))
            {
                RecordWriter.WriteArray(writer, Enumerable.Range(1, Enterprises).Select(i => (ComplianceRecord)generator.Next(i)));
            }

            var summary = await new Importer(database.DataSource).ImportAsync(file);
            Assert.Equal(Enterprises, summary.Inserted);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
