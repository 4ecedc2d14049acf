using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Risk.Data;

/// <summary>
/// An enterprise record and the date it describes the enterprise as of (the features' as-of date).
/// <see cref="Undated"/>: the record carries no <c>snapshotDate</c> (a contract-shaped register export) and the date
/// was given for the whole file.
/// </summary>
public sealed record EnterpriseSnapshot(EnterpriseRecord Record, DateOnly SnapshotDate, bool Undated = false);
