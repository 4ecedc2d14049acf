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

    /// <summary>
    /// Whether the value counts on the date: the twelve complete months before the as-of date's month. The month under
    /// way is not a monthly average yet (issue 13 item 6), and later periods are the future.
    /// </summary>
    public bool CountsOn(DateOnly asOf)
    {
        var current = new DateOnly(asOf.Year, asOf.Month, 1);
        return Period < current && Period >= current.AddMonths(-12);
    }

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
