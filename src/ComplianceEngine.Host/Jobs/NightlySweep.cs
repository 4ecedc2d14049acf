using ComplianceEngine.Data.Records;
using ComplianceEngine.Data.Sweeps;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Catalog;
using Hangfire;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The nightly compliance sweep: splits the register into batches of enterprise ids and queues one
/// <see cref="SweepBatch"/> job per batch on the <see cref="JobQueues.Sweep"/> queue, so every host instance's sweep
/// workers take a share of the work and the short jobs keep their own workers. One sweep per as-of date and rule-set
/// version (<see cref="SweepRuns"/>): a second one is refused before it queues anything.
/// </summary>
public sealed class NightlySweep(Register register, SweepRuns runs, RuleSetHolder catalog, IBackgroundJobClient jobs, IOptions<JobOptions> options, TimeProvider clock,
    ILogger<NightlySweep> logger)
{
    public const string RecurringJobId = "nightly-sweep";

    /// <summary>
    /// Queues the batches; <paramref name="asOf"/> (yyyy-MM-dd) defaults to today in Asia/Shanghai. Returns the number
    /// of batches, 0 when a sweep of that date under the current rule set was queued already (refused, logged).
    /// </summary>
    public async Task<int> FanOutAsync(string? asOf, CancellationToken ct)
    {
        var date = asOf ?? AsOfDate.Text(AsOfDate.Today(clock));
        var day = AsOfDate.FromText(date);
        var version = catalog.Current.Version;
        // A fan-out whose process died mid-way is run again by Hangfire after the invisibility timeout: its claim is
        // older than that by then and is taken over; a live one is never older.
        if (!await runs.ClaimAsync(day, version, options.Value.InvisibilityTimeout, ct))
        {
            logger.LogWarning("nightly sweep as of {AsOf} refused: a sweep of that date under rule set {Version} is queued or done already", date, version);
            return 0;
        }

        IReadOnlyList<string[]> batches;
        try
        {
            batches = await register.EnterpriseBatchesAsync(options.Value.SweepBatchSize, ct);
            foreach (var batch in batches)
            {
                jobs.Enqueue<SweepBatch>(b => b.RunAsync(batch, date, CancellationToken.None));
            }
        }
        catch
        {
            // Batches queued before the failure store nothing twice when the retry queues them again (the trail's key).
            await runs.ReleaseAsync(day, version, CancellationToken.None);
            throw;
        }

        await runs.CompleteAsync(day, version, batches.Count, ct);
        logger.LogInformation("nightly sweep as of {AsOf}: {Enterprises} enterprise(s) in {Batches} batch(es)", date, batches.Sum(b => b.Length), batches.Count);
        return batches.Count;
    }
}
