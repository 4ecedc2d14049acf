using ComplianceEngine.Risk.Ranking;
using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Host.Risk;

/// <summary>Every enterprise of the register scored as of a date, with the model and rule-set version that did it.</summary>
public sealed record RegisterScores(RiskModel Model, string RuleSetVersion, DateOnly AsOf, IReadOnlyList<ScoredEnterprise> Scored);
