using ComplianceEngine.Data.Audit;
using ComplianceEngine.Host.Apis;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The register's evaluations as of a date for a notice job: the ones the nightly sweep stored for that date under the
/// current rule set, read back typed (<see cref="SweptEvaluations"/>), so a night evaluates each enterprise once.
/// Enterprises the sweep did not store (it has not run, set them aside, or their stored row no longer reads) are
/// evaluated and stored now, as before the sweep shared its work, so every notice still rests on a stored evaluation.
/// Unreadable register records are left to the sweep's report: no notice can be addressed from them.
/// </summary>
public sealed class NoticeScreening(SweptEvaluations swept, StoredScreening register, ILogger<NoticeScreening> logger)
{
    /// <param name="ids">The enterprises; null for the whole register.</param>
    /// <param name="guard">Sets aside an enterprise whose evaluation fails (only those evaluated now).</param>
    public async Task<NoticeScreened> ForNoticesAsync(RuleSet ruleSet, IReadOnlyList<string>? ids, DateOnly asOf, RecordStep guard, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var stored = await swept.ReadAsync(ids, asOf, ruleSet.Version, ct);
        var records = new List<ScreenedRecord>(stored.Found.Count + stored.Missing.Count);
        records.AddRange(stored.Found.Select(s => new ScreenedRecord(s.Record, s.Result)));
        if (stored.Missing.Count == 0)
        {
            return new NoticeScreened(records, stored.Found.Count, 0);
        }

        logger.LogWarning("no stored sweep evaluation as of {AsOf} under rule set {Version} for {Missing} enterprise(s): evaluating them now",
            AsOfDate.Text(asOf), ruleSet.Version, stored.Missing.Count);
        // The whole register unswept: read it in one pass rather than by a list of every id.
        var (screened, _) = await register.ScreenEnterprisesAsync(ruleSet, ids is null && stored.Found.Count == 0 ? null : stored.Missing, asOf, guard, ct);
        records.AddRange(screened.Select(s => new ScreenedRecord(s.Record, s.Result)));
        // The planner's order is the register's (id order), whichever way each result came: notice numbers follow it.
        records.Sort((a, b) => string.CompareOrdinal(a.Record.Id, b.Record.Id));
        return new NoticeScreened(records, stored.Found.Count, screened.Count);
    }
}

/// <summary>The records and results a notice job plans from; how many came from the sweep's stored evaluations and how many were evaluated now.</summary>
public sealed record NoticeScreened(IReadOnlyList<ScreenedRecord> Records, int FromSweep, int Evaluated);
