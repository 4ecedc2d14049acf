namespace ComplianceEngine.Core.Evaluation;

/// <summary>How a finding weighs on the outcome: prohibitions reject or make non-compliant, conditions make a project conditional, obligations are due until their deadline, limits are exceedances, advisories inform.</summary>
public enum Severity
{
    Prohibition,
    Condition,
    Obligation,
    Limit,
    Advisory,
}
