using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening;

/// <summary>Where a screening result goes to be kept (the audit trail): with the rule set's bytes, the record as judged, and the result.</summary>
public interface IEvaluationSink
{
    /// <summary>Stores the result (once per record, as-of date, rule-set version and record content) and returns its evaluation id.</summary>
    Task<long> StoreAsync(RuleSet ruleSet, ComplianceRecord record, EvaluationResult result, CancellationToken ct = default);

    /// <summary>
    /// Stores a batch of results in one write (each once, as <see cref="StoreAsync"/> does) and returns their evaluation
    /// ids in the order given. All or nothing: when it fails, none of the batch is stored.
    /// </summary>
    Task<IReadOnlyList<long>> StoreAllAsync(RuleSet ruleSet, IReadOnlyList<(ComplianceRecord Record, EvaluationResult Result)> evaluated, CancellationToken ct = default);
}
