using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Apis;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The nightly compliance sweep: splits the register into batches of enterprise ids and queues one
/// <see cref="SweepBatch"/> job per batch, so every host instance's Hangfire workers take a share of the work.
/// </summary>
public sealed class NightlySweep(Register register, IBackgroundJobClient jobs, IOptions<JobOptions> options, TimeProvider clock, ILogger<NightlySweep> logger)
{
    public const string RecurringJobId = "nightly-sweep";

    /// <summary>Queues the batches; <paramref name="asOf"/> (yyyy-MM-dd) defaults to today in Asia/Shanghai. Returns the number of batches.</summary>
    public async Task<int> FanOutAsync(string? asOf, CancellationToken ct)
    {
        var date = asOf ?? AsOfDate.Text(AsOfDate.Today(clock));
        var batches = await register.EnterpriseBatchesAsync(options.Value.SweepBatchSize, ct);
        foreach (var batch in batches)
        {
            jobs.Enqueue<SweepBatch>(b => b.RunAsync(batch, date, CancellationToken.None));
        }

        logger.LogInformation("nightly sweep as of {AsOf}: {Enterprises} enterprise(s) in {Batches} batch(es)", date, batches.Sum(b => b.Length), batches.Count);
        return batches.Count;
    }
}
