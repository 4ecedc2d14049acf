using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Benchmarks.FiveRules;

/// <summary>
/// What two evaluators must agree on for one finding: record, rule, facility, pollutant and month (for emission
/// findings), plus severity, deadline and whether it is overdue. A missing-value finding carries no facts, so its
/// pollutant and month are empty; findings are compared as multisets per record.
/// </summary>
internal sealed record FindingKey(string RecordId, string RuleId, string? FacilityId, string? Pollutant, string? Month,
    Severity Severity, DateOnly? Deadline, bool Overdue)
{
    public static FindingKey Of(string recordId, Finding f) => new(recordId, f.RuleId, f.FacilityId,
        f.Facts.TryGetValue("pollutant", out var pollutant) ? pollutant as string : null,
        f.Facts.TryGetValue("period", out var period) ? period as string : null,
        f.Severity, f.Deadline, f.Overdue);

    public override string ToString() =>
        $"{RecordId} {RuleId} facility={FacilityId ?? "-"} pollutant={Pollutant ?? "-"} month={Month ?? "-"} {Severity} deadline={Deadline?.ToString("O") ?? "-"} overdue={Overdue}";
}
