using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Data;

/// <summary>One inspection joined to the enterprise's features as of its latest snapshot on or before the inspection date.</summary>
public sealed record LabeledExample(FeatureVector Features, DateOnly InspectionDate, bool Label, double? TrueProbability);
