using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>One rule of the catalog as written in its workflow file, before compilation.</summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }
    public required string Family { get; init; }
    public required RecordKind Kind { get; init; }
    public required RuleScope Scope { get; init; }
    public required Severity Severity { get; init; }
    public required string File { get; init; }
    public required string Workflow { get; init; }

    /// <summary>True when the rule fires if any condition holds (RulesEngine <c>Or</c>); otherwise all must hold.</summary>
    public bool AnyCondition { get; init; }
    public required IReadOnlyList<RuleCondition> Conditions { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> FacilityTypes { get; init; } = [];
    public IReadOnlyList<string> Cities { get; init; } = [];
    public required DateOnly InForceFrom { get; init; }
    public DateOnly? InForceTo { get; init; }

    /// <summary>Name of the date parameter holding the deadline, for dated obligations.</summary>
    public string? DeadlineParameter { get; init; }

    /// <summary>Name of a fact whose date is the deadline, for obligations whose deadline depends on the record (permit renewal).</summary>
    public string? DeadlineFact { get; init; }
    public required Citation Citation { get; init; }
    public required string CitationSource { get; init; }
    public required LocalizedText Message { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; } = [];

    /// <summary>What happens when an optional field the conditions read is absent (ADR 0008): one entry per field.</summary>
    public IReadOnlyList<MissingValueRule> WhenMissing { get; init; } = [];

    public bool InForceOn(DateOnly date) => date >= InForceFrom && (InForceTo is not { } to || date <= to);

    /// <summary>Whether the rule looks at records of this kind and city on this date, given which sectors the record is in.</summary>
    public bool AppliesTo(RecordKind kind, string city, DateOnly date, Func<string, bool> inSector) =>
        Kind == kind && InForceOn(date) && (Cities.Count == 0 || Cities.Contains(city)) && (Sectors.Count == 0 || Sectors.Any(inSector));
}
