namespace ComplianceEngine.Core.Evaluation;

/// <summary>A rule that fired for a record (or for one of its facilities), with everything needed to explain it.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required string Family { get; init; }
    public required Severity Severity { get; init; }
    public string? FacilityId { get; init; }
    public required LocalizedText Message { get; init; }
    public required Citation Citation { get; init; }
    public DateOnly? Deadline { get; init; }

    /// <summary>True when the as-of date is past the deadline (obligations), or the finding needs no deadline to bite.</summary>
    public bool Overdue { get; init; }
    public IReadOnlyList<ConditionTrace> Conditions { get; init; } = [];

    /// <summary>For a missing-value finding (<see cref="Severity.Missing"/>): the JSON paths of the decisive fields the record lacks.</summary>
    public IReadOnlyList<string> MissingFields { get; init; } = [];

    /// <summary>
    /// For a missing-value finding: what the party must supply, in words (the catalog's <c>whenMissing[].supply</c>),
    /// one per entry of <see cref="MissingFields"/>, so an instrument asks for 项目是否新增产能, not a JSON path; null otherwise.
    /// </summary>
    public IReadOnlyList<LocalizedText>? MissingSupply { get; init; }

    /// <summary>The record values the rule looked at, by name, as evaluated.</summary>
    public IReadOnlyDictionary<string, object?> Facts { get; init; } = new Dictionary<string, object?>();
}
