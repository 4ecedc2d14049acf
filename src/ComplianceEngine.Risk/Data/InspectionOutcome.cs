namespace ComplianceEngine.Risk.Data;

/// <summary>An inspection outcome (contract: <c>{enterpriseId, date, violationFound}</c>). <see cref="TrueProbability"/> only exists in synthetic data.</summary>
public sealed record InspectionOutcome(string EnterpriseId, DateOnly Date, bool ViolationFound, double? TrueProbability = null);
