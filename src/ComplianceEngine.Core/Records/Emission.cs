using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>Monthly average concentration of a monitored pollutant, at the standard's reference oxygen.</summary>
public sealed record Emission
{
    public required string FacilityId { get; init; }

    /// <summary><c>PM</c>, <c>SO2</c>, <c>NOx</c> or <c>NMHC</c>.</summary>
    public required string Pollutant { get; init; }
    public required double ConcentrationMgM3 { get; init; }

    /// <summary>First day of the month the average covers (contract: <c>YYYY-MM</c>).</summary>
    public required DateOnly Period { get; init; }

    /// <summary>Whether the value counts on the date: the contract counts the twelve months up to the as-of date; later periods are the future.</summary>
    public bool CountsOn(DateOnly asOf) => Period <= asOf && Period > asOf.AddMonths(-12);

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
