using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Audit;

/// <summary>An evaluation as stored, with the record content it was made on: enough to make it again and compare.</summary>
public sealed record StoredEvaluation(
    long Id,
    string RecordKind,
    string RecordId,
    DateOnly AsOf,
    string RuleSetHash,
    string Outcome,
    string FindingsJson,
    string ErrorsJson,
    string RecordJson)
{
    /// <summary>Whether a fresh result says the same thing: same outcome, rule-set version, findings and errors.</summary>
    public bool Matches(EvaluationResult result) =>
        result.RuleSetVersion == RuleSetHash
        && result.AsOf == AsOf
        && EvaluationJson.Outcome(result.Outcome) == Outcome
        && EvaluationJson.SameJson(EvaluationJson.Findings(result.Findings), FindingsJson)
        && EvaluationJson.SameJson(EvaluationJson.Errors(result.Errors), ErrorsJson);
}
