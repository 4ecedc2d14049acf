namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// How a finding weighs on the outcome (docs/rule-format.md, "Severity and outcome"): prohibitions reject or make
/// non-compliant, conditions make a project conditional, obligations are due until their deadline, limits are
/// exceedances of a legal emission limit. A supervision item rests only on a plan or a bureau's own value and is never
/// a violation; a missing-value item names a decisive field the record lacks (ADR 0008); advisories inform.
/// </summary>
public enum Severity
{
    Prohibition,
    Condition,
    Obligation,
    Limit,
    Supervision,
    Missing,
    Advisory,
}
