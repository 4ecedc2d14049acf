using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>区域削减: where the new emissions are offset, and at what ratio.</summary>
public sealed record RegionalOffset
{
    public IReadOnlyList<string> Pollutants { get; init; } = [];
    public required double Ratio { get; init; }

    public bool Covers(string pollutant) => Pollutants.Contains(pollutant);

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
