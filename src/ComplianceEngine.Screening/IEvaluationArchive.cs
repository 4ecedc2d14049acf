using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening;

/// <summary>Stored evaluations and the rule-set versions they were made under (the audit trail), for making one again.</summary>
public interface IEvaluationArchive
{
    /// <summary>The stored evaluation, or null when there is none with this id.</summary>
    Task<ArchivedEvaluation?> EvaluationAsync(long id, CancellationToken ct = default);

    /// <summary>The stored bytes of a rule-set version, or null when that version is not stored.</summary>
    Task<RuleSetSnapshot?> RuleSetAsync(string version, CancellationToken ct = default);
}

/// <summary>What a replay needs of a stored evaluation: its rule-set version, as-of date and the record content (JSON) it judged.</summary>
public sealed record ArchivedEvaluation(long Id, string RuleSetVersion, DateOnly AsOf, string RecordJson);
