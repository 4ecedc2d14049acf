using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Risk.Data;

/// <summary>An enterprise record and the date it describes the enterprise as of (the features' as-of date).</summary>
public sealed record EnterpriseSnapshot(EnterpriseRecord Record, DateOnly SnapshotDate);
