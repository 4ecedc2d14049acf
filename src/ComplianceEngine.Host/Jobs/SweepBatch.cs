using ComplianceEngine.Host.Apis;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Screening;
using Hangfire;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// One batch of the nightly sweep: evaluates the given enterprises as of a date through the audit trail. Idempotent:
/// the trail's unique key (record, as-of date, rule-set version, record content) makes a retried or duplicated batch
/// store nothing twice.
/// </summary>
public sealed class SweepBatch(StoredScreening register, RuleSetHolder catalog, SetAsideGuard guard, ILogger<SweepBatch> logger)
{
    /// <param name="asOf">yyyy-MM-dd: a string so the job's stored arguments do not depend on a serializer's date handling.</param>
    [Queue(JobQueues.Sweep)]
    public async Task<int> RunAsync(string[] enterpriseIds, string asOf, CancellationToken ct)
    {
        var date = AsOfDate.FromText(asOf);
        var ruleSet = catalog.Current;
        var (screened, unreadable) = await register.ScreenEnterprisesAsync(ruleSet, enterpriseIds, date, guard.For(NightlySweep.RecurringJobId, date, ct), ct);

        logger.LogInformation("sweep batch of {Ids} enterprise(s) as of {AsOf}: {Evaluated} evaluated, {Invalid} unreadable, rule set {Version}",
            enterpriseIds.Length, asOf, screened.Count, unreadable, ruleSet.Version);
        return screened.Count;
    }
}
