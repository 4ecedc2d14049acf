using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Audit;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>
/// A stored evaluation as the API shows it: the record it judged (kind and id), the as-of date and rule-set version
/// (content hash) it was made under, its outcome, findings with citations, and the contract errors of an invalid record.
/// </summary>
public sealed record EvaluationView(
    long Id,
    string RecordKind,
    string RecordId,
    DateOnly AsOf,
    string RuleSetVersion,
    Outcome Outcome,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RecordError> Errors)
{
    public static EvaluationView From(StoredEvaluation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new EvaluationView(
            stored.Id,
            stored.RecordKind,
            stored.RecordId,
            stored.AsOf,
            stored.RuleSetHash,
            Enum.Parse<Outcome>(stored.Outcome, ignoreCase: true),
            JsonSerializer.Deserialize<IReadOnlyList<Finding>>(stored.FindingsJson, EvaluationJson.Options) ?? [],
            JsonSerializer.Deserialize<IReadOnlyList<RecordError>>(stored.ErrorsJson, EvaluationJson.Options) ?? []);
    }
}
