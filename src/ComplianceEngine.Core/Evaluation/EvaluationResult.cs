namespace ComplianceEngine.Core.Evaluation;

/// <summary>The decision for one record as of a date, under one rule-set version.</summary>
public sealed record EvaluationResult
{
    public required string RecordId { get; init; }
    public required string Kind { get; init; }
    public required Outcome Outcome { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<RecordError> Errors { get; init; } = [];

    /// <summary>How the record's values were interpreted before evaluation (<see cref="RecordNote"/>); null when they were taken as given.</summary>
    public IReadOnlyList<RecordNote>? Notes { get; init; }
    public required string RuleSetVersion { get; init; }
    public required DateOnly AsOf { get; init; }
}
