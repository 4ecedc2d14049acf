namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// The totals of an impact run: records compared, invalid ones (judged the same under both), outcome flips, records
/// whose findings changed without a flip; per city, sector and rule family; and per rule, how many records and
/// findings it fired for under each version (only rules whose counts differ).
/// </summary>
public sealed record ImpactSummary(
    string BaselineVersion, string CandidateVersion, DateOnly AsOf,
    long Records, long Invalid, long Flips, long Worse, long Better, long FindingsChanged,
    IReadOnlyList<GroupImpact> ByCity, IReadOnlyList<GroupImpact> BySector, IReadOnlyList<GroupImpact> ByFamily,
    IReadOnlyList<RuleFiring> Rules);

/// <summary>
/// One city, sector or family: records in it (for a family: records whose findings of that family changed), and how
/// many flipped, worse or better.
/// </summary>
public sealed record GroupImpact(string Key, long Records, long Flips, long Worse, long Better);

/// <summary>A rule's firing under each version: records it fired for, and findings (one per facility or month).</summary>
public sealed record RuleFiring(string RuleId, string Family, long RecordsBefore, long RecordsAfter, long FindingsBefore, long FindingsAfter);
