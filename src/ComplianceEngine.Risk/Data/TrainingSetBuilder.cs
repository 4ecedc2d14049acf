using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// Joins inspection outcomes to snapshots: each inspection dated in [from, to) takes the enterprise's latest snapshot
/// dated on or before it, and features are computed as of that snapshot's date — never from anything later. An
/// inspection with no earlier snapshot takes the enterprise's undated snapshot (a contract-shaped file dated by
/// <c>--snapshot-date</c>) when there is one, with features as of the inspection date, and is marked
/// <see cref="LabeledExample.SnapshotAfterInspection"/>; otherwise it is skipped (counted).
/// </summary>
public static class TrainingSetBuilder
{
    public static (IReadOnlyList<LabeledExample> Examples, int Unmatched) Build(FeatureExtractor extractor,
        IReadOnlyList<EnterpriseSnapshot> snapshots, IReadOnlyList<InspectionOutcome> inspections, DateOnly? from, DateOnly to)
    {
        var byId = snapshots.GroupBy(s => s.Record.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.SnapshotDate).ToArray(), StringComparer.Ordinal);
        var joined = new List<(EnterpriseSnapshot Snapshot, InspectionOutcome Inspection, bool Later)>();
        var unmatched = 0;
        foreach (var inspection in inspections.Where(i => i.Date < to && (from is null || i.Date >= from)).OrderBy(i => i.Date).ThenBy(i => i.EnterpriseId, StringComparer.Ordinal))
        {
            var list = byId.GetValueOrDefault(inspection.EnterpriseId);
            if (list?.LastOrDefault(s => s.SnapshotDate <= inspection.Date) is { } earlier)
            {
                joined.Add((earlier, inspection, false));
            }
            else if (list?.FirstOrDefault(s => s.Undated) is { } later)
            {
                joined.Add((later, inspection, true));
            }
            else
            {
                unmatched++;
            }
        }

        // A later snapshot is read as of the inspection date: its dates (permit validity, deadlines) then mean what they did then.
        var features = extractor.ComputeAll(joined.Select(j => (j.Snapshot.Record, j.Later ? j.Inspection.Date : j.Snapshot.SnapshotDate)).ToArray());
        var examples = joined.Select((j, i) => new LabeledExample(features[i], j.Inspection.Date, j.Inspection.ViolationFound, j.Inspection.TrueProbability, j.Later)).ToArray();
        return (examples, unmatched);
    }
}
