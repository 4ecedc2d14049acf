using ComplianceEngine.Host.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>A host whose sweep has one worker, so its batches (50 enterprises each, a second or so apiece) queue up behind each other.</summary>
public sealed class OneSweepWorkerHost : JobsHostFactory
{
    public OneSweepWorkerHost() => ExtraSettings["Jobs:WorkerCount"] = "1";
}

[Collection(HangfireCollection.Name)]
public sealed class ShortJobQueueTests(OneSweepWorkerHost host) : IClassFixture<OneSweepWorkerHost>
{
    private const int Batches = 40;

    [Fact]
    public async Task ShortJob_RunsWhileTheSweepsBatchesWait_WhenQueuedAfterThem()
    {
        await host.ImportSampleAsync();
        var ids = await StringsAsync("SELECT id FROM enterprises ORDER BY id LIMIT 50");
        var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();
        for (var i = 0; i < Batches; i++)
        {
            jobs.Enqueue<SweepBatch>(b => b.RunAsync(ids, "2026-11-25", CancellationToken.None));
        }

        var delivery = jobs.Enqueue<NoticeDrain>(d => d.RunAsync(CancellationToken.None));

        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await ScalarAsync($"SELECT count(*) FROM hangfire.job WHERE id = {delivery} AND statename = 'Succeeded'") == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        // Queued last, the delivery ran on the short jobs' own workers while most of the sweep's batches still waited
        // for the one sweep worker; in one shared FIFO queue it would have run after every batch had started.
        var batchesDoneFirst = await ScalarAsync($"""
            SELECT count(*) FROM hangfire.job b
            WHERE b.invocationdata::text LIKE '%SweepBatch%' AND EXISTS (
                SELECT 1 FROM hangfire.state s WHERE s.jobid = b.id AND s.name = 'Succeeded'
                  AND s.createdat < (SELECT d.createdat FROM hangfire.state d WHERE d.jobid = {delivery} AND d.name = 'Succeeded'))
            """);
        Assert.Equal([JobQueues.Sweep], await StringsAsync(EnqueuedOnSql("b.invocationdata::text LIKE '%SweepBatch%'")));
        Assert.Equal([JobQueues.Short], await StringsAsync(EnqueuedOnSql($"b.id = {delivery}")));
        Assert.True(batchesDoneFirst < Batches / 2, $"{batchesDoneFirst} of {Batches} sweep batches finished before the delivery job");
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string EnqueuedOnSql(string jobs) =>
        $"SELECT DISTINCT s.data->>'Queue' FROM hangfire.state s JOIN hangfire.job b ON b.id = s.jobid WHERE s.name = 'Enqueued' AND {jobs}";

    private async Task<string[]> StringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return [.. rows];
    }
}
