using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Risk.Ranking;

/// <summary>An enterprise with its features and calibrated score as of a date.</summary>
public sealed record ScoredEnterprise(EnterpriseRecord Record, float[] Features, double Score);
