using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>产能置换 plan: replaced capacity divided by new capacity.</summary>
public sealed record CapacityReplacement
{
    public required double Ratio { get; init; }
    public required bool Verified { get; init; }

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
