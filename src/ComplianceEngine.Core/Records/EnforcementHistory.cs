using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

public sealed record EnforcementHistory
{
    public int? Violations3y { get; init; }
    public int? Inspections3y { get; init; }
    public int? Complaints12m { get; init; }

    /// <summary><c>green</c>, <c>blue</c>, <c>yellow</c>, <c>red</c> or <c>black</c>, best to worst.</summary>
    public string? CreditRating { get; init; }

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
