using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Synthetic.Risk;

/// <summary>
/// One enterprise in one year: its record as of 1 January (the snapshot the features must be computed from), the
/// true violation probability for that year, and the inspection of that year if there was one.
/// </summary>
public sealed record EnterpriseYear(EnterpriseRecord Snapshot, DateOnly SnapshotDate, double TrueProbability, SyntheticInspection? Inspection);
