using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Stored enterprises screened (and stored) as of a date for a notice job, so every notice rests on a stored
/// evaluation (the sweep's, when it ran that day under the same rule set). Unreadable stored records are left to the
/// sweep's report: no notice can be addressed from them.
/// </summary>
public static class NoticeScreening
{
    /// <param name="ids">The enterprises; null for the whole register.</param>
    public static async Task<IReadOnlyList<ScreenedRecord>> ForNoticesAsync(this StoredScreening register, RuleSet ruleSet, IReadOnlyList<string>? ids, DateOnly asOf,
        RecordStep guard, CancellationToken ct)
    {
        var (screened, _) = await register.ScreenEnterprisesAsync(ruleSet, ids, asOf, guard, ct);
        return [.. screened.Select(s => new ScreenedRecord(s.Record, s.Result))];
    }
}
