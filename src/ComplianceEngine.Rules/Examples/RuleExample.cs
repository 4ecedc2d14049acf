using System.Text.Json.Nodes;
using ComplianceEngine.Core.Monitoring;

namespace ComplianceEngine.Rules.Examples;

/// <summary>A record, an as-of date and what the catalog must say about it: whether the rule fires, and the outcome.</summary>
public sealed record RuleExample
{
    public required string File { get; init; }
    public required string Name { get; init; }
    public required string Rule { get; init; }
    public required DateOnly AsOf { get; init; }
    public required JsonObject Record { get; init; }
    public required bool Fires { get; init; }
    public string? Facility { get; init; }

    /// <summary>The fields (contract paths) the rule must report missing (ADR 0008); empty: the rule must not ask for any.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
    public required string Outcome { get; init; }

    /// <summary>Hourly monitoring facts the example supplies to exceedance-scope rules; none for most rules.</summary>
    public IReadOnlyList<ExceedanceMonth> Exceedances { get; init; } = [];

    public override string ToString() => $"{Rule}: {Name}";
}
