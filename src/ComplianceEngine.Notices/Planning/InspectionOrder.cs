using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// The order of an inspection list. With risk scores (from the risk model, when it exists) the highest score comes
/// first; without them, non-compliant before due, then more overdue findings, then more findings. Entries drawn at
/// random come after all ranked ones, as the risk list draws them. Ties go by id so the list is the same on every run.
/// </summary>
public static class InspectionOrder
{
    public static IEnumerable<InspectionEntry> Sort(IEnumerable<InspectionEntry> entries) => entries
        .OrderBy(e => e.DrawnAtRandom)
        .ThenByDescending(e => e.Score ?? double.NegativeInfinity)
        .ThenBy(e => e.Outcome == Outcome.Noncompliant ? 0 : 1)
        .ThenByDescending(e => e.Findings.Count(f => f.Overdue))
        .ThenByDescending(e => e.Findings.Count)
        .ThenBy(e => e.Enterprise.Id, StringComparer.Ordinal);
}
