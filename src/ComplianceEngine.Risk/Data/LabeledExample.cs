using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// One inspection joined to the enterprise's features as of its latest snapshot on or before the inspection date.
/// <see cref="SnapshotAfterInspection"/>: there was none, and the features come from an undated snapshot taken after
/// the inspection (leakage risk: the record may already show what the inspection found).
/// </summary>
public sealed record LabeledExample(FeatureVector Features, DateOnly InspectionDate, bool Label, double? TrueProbability, bool SnapshotAfterInspection = false);
