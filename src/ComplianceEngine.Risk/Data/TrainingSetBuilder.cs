using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// Joins inspection outcomes to snapshots: each inspection dated in [from, to) takes the enterprise's latest snapshot
/// dated on or before it, and features are computed as of that snapshot's date — never from anything later.
/// Inspections with no earlier snapshot are skipped (counted).
/// </summary>
public static class TrainingSetBuilder
{
    public static (IReadOnlyList<LabeledExample> Examples, int Unmatched) Build(FeatureExtractor extractor,
        IReadOnlyList<EnterpriseSnapshot> snapshots, IReadOnlyList<InspectionOutcome> inspections, DateOnly? from, DateOnly to)
    {
        var byId = snapshots.GroupBy(s => s.Record.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.SnapshotDate).ToArray(), StringComparer.Ordinal);
        var joined = new List<(EnterpriseSnapshot Snapshot, InspectionOutcome Inspection)>();
        var unmatched = 0;
        foreach (var inspection in inspections.Where(i => i.Date < to && (from is null || i.Date >= from)).OrderBy(i => i.Date).ThenBy(i => i.EnterpriseId, StringComparer.Ordinal))
        {
            var snapshot = byId.TryGetValue(inspection.EnterpriseId, out var list) ? list.LastOrDefault(s => s.SnapshotDate <= inspection.Date) : null;
            if (snapshot is null)
            {
                unmatched++;
                continue;
            }

            joined.Add((snapshot, inspection));
        }

        var features = extractor.ComputeAll(joined.Select(j => (j.Snapshot.Record, j.Snapshot.SnapshotDate)).ToArray());
        var examples = joined.Select((j, i) => new LabeledExample(features[i], j.Inspection.Date, j.Inspection.ViolationFound, j.Inspection.TrueProbability)).ToArray();
        return (examples, unmatched);
    }
}
