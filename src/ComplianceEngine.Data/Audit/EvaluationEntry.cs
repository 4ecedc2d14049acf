namespace ComplianceEngine.Data.Audit;

/// <summary>One line of a record's history: which rule-set version said what, as of which date, on which record content.</summary>
public sealed record EvaluationEntry(
    long Id,
    string RecordKind,
    string RecordId,
    DateOnly AsOf,
    string RuleSetVersion,
    string RecordHash,
    string Outcome,
    int Findings,
    int Errors,
    DateTimeOffset EvaluatedAt);
