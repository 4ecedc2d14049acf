using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

public sealed record ProjectSite
{
    public required bool InEcologicalRedLine { get; init; }
    public required bool InPermanentBasicFarmland { get; init; }
    public required bool InCountyBuiltUpArea { get; init; }
    public required bool InChemicalPark { get; init; }
    public bool? InLivestockBanZone { get; init; }
    public double? DistanceToYangtzeKm { get; init; }
    public bool? CityPm25Attained { get; init; }

    /// <summary>Fields the contract does not name: kept as they came, written back.</summary>
    public JsonObject? Extra { get; init; }
}
