using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening;

/// <summary>Where a screening result goes to be kept (the audit trail): with the rule set's bytes, the record as judged, and the result.</summary>
public interface IEvaluationSink
{
    /// <summary>Stores the result (once per record, as-of date, rule-set version and record content) and returns its evaluation id.</summary>
    Task<long> StoreAsync(RuleSet ruleSet, ComplianceRecord record, EvaluationResult result, CancellationToken ct = default);
}
