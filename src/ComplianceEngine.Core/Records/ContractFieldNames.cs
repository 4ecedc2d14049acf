using System.Text;

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

    // Every contract name by UTF-8 length, then bytes; built after the sets above (static fields run in text order).
    private static readonly (byte[] Utf8, string Name)[][] ByLength = IndexByLength(
        [Project, Enterprise, Site, Facility, CapacityReplacement, Builder, RegionalOffset, Permit, Emission, History]);

    /// <summary>
    /// The shared string of a contract field name given as the raw UTF-8 of a JSON property name, or null when it is
    /// not a contract name (or is escaped): readers match names without allocating a string per field.
    /// </summary>
    public static string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length >= ByLength.Length)
        {
            return null;
        }

        foreach (var (bytes, name) in ByLength[utf8.Length])
        {
            if (utf8.SequenceEqual(bytes))
            {
                return name;
            }
        }

        return null;
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    private static (byte[] Utf8, string Name)[][] IndexByLength(HashSet<string>[] sets)
    {
        var names = sets.SelectMany(set => set).Distinct(StringComparer.Ordinal).Select(n => (Utf8: Encoding.UTF8.GetBytes(n), Name: n)).ToArray();
        var byLength = new (byte[] Utf8, string Name)[names.Max(n => n.Utf8.Length) + 1][];
        for (var length = 0; length < byLength.Length; length++)
        {
            byLength[length] = [.. names.Where(n => n.Utf8.Length == length)];
        }

        return byLength;
    }
}
