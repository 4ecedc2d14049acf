namespace ComplianceEngine.Core.Records;

/// <summary>The field names the contract gives each object; anything else is an unknown field, kept in <c>Extra</c>.</summary>
internal static class ContractFieldNames
{
    public static readonly HashSet<string> Project = Set(
        "kind", "id", "name", "enterpriseId", "industryCode", "city", "county", "constructionType", "applicationDate",
        "annualEnergyTce", "site", "facilities", "captiveCoalPowerUnit", "addsCapacity", "capacityReplacement",
        "heavyMetals", "heavyMetalOffset", "regionalOffset", "lowVocMaterialShare", "usesEliminatedProcess", "cityCode",
        "countyCode", "builder", "projectCode", "eiaDocument", "investmentTenThousandYuan");

    public static readonly HashSet<string> Enterprise = Set(
        "kind", "id", "name", "creditCode", "industryCode", "city", "county", "permit", "facilities",
        "lowVocMaterialShare", "emissions", "history", "cityCode", "countyCode", "legalRepresentative", "address");

    public static readonly HashSet<string> Site = Set(
        "inEcologicalRedLine", "inPermanentBasicFarmland", "inCountyBuiltUpArea", "inChemicalPark",
        "inLivestockBanZone", "distanceToYangtzeKm", "cityPm25Attained");

    public static readonly HashSet<string> Facility = Set(
        "id", "type", "fuel", "capacityTph", "capacityMw", "ultraLowStatus", "ultraLowCompletedOn", "lowNox",
        "hasBypass", "onlineMonitoring", "vocTreated", "name", "commissionedOn");

    public static readonly HashSet<string> CapacityReplacement = Set("ratio", "verified");

    public static readonly HashSet<string> Builder = Set("name", "creditCode");

    public static readonly HashSet<string> RegionalOffset = Set("pollutants", "ratio");

    public static readonly HashSet<string> Permit = Set(
        "number", "managementClass", "validFrom", "validTo", "lastAnnualReportYear", "renewalAppliedOn");

    public static readonly HashSet<string> Emission = Set("facilityId", "pollutant", "concentrationMgM3", "period");

    public static readonly HashSet<string> History = Set("violations3y", "inspections3y", "complaints12m", "creditRating");

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
