using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>Reads and validates a <c>"kind": "project"</c> record.</summary>
internal static class ProjectRecordReader
{
    private const string SitePath = "$.site";
    private const string ReplacementPath = "$.capacityReplacement";
    private const string OffsetPath = "$.regionalOffset";

    public static ProjectRecord? Read(JsonElement e, RecordFieldReader f)
    {
        var common = default(CommonFields);
        JsonElement enterpriseId = default, constructionType = default, applicationDate = default, energy = default,
            site = default, captive = default, addsCapacity = default, replacement = default, metals = default,
            metalOffset = default, offset = default, eliminated = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            var name = p.Name;
            if (common.Take(name, p, f))
            {
                continue;
            }

            switch (name)
            {
                case "enterpriseId": f.Take(ref enterpriseId, p, JsonPaths.Root); break;
                case "constructionType": f.Take(ref constructionType, p, JsonPaths.Root); break;
                case "applicationDate": f.Take(ref applicationDate, p, JsonPaths.Root); break;
                case "annualEnergyTce": f.Take(ref energy, p, JsonPaths.Root); break;
                case "site": f.Take(ref site, p, JsonPaths.Root); break;
                case "captiveCoalPowerUnit": f.Take(ref captive, p, JsonPaths.Root); break;
                case "addsCapacity": f.Take(ref addsCapacity, p, JsonPaths.Root); break;
                case "capacityReplacement": f.Take(ref replacement, p, JsonPaths.Root); break;
                case "heavyMetals": f.Take(ref metals, p, JsonPaths.Root); break;
                case "heavyMetalOffset": f.Take(ref metalOffset, p, JsonPaths.Root); break;
                case "regionalOffset": f.Take(ref offset, p, JsonPaths.Root); break;
                case "usesEliminatedProcess": f.Take(ref eliminated, p, JsonPaths.Root); break;
                default: f.AddExtra(ref extra, p, JsonPaths.Root); break;
            }
        }

        const string root = JsonPaths.Root;
        var id = f.String(common.Id, root, "id", required: true);
        var recordName = f.String(common.Name, root, "name", required: true);
        var entId = f.String(enterpriseId, root, "enterpriseId", required: false);
        var industryCode = CommonFields.ReadIndustryCode(common.IndustryCode, f);
        var city = f.String(common.City, root, "city", required: true);
        var county = f.String(common.County, root, "county", required: false);
        var type = f.Enum(constructionType, root, "constructionType", required: true, ContractEnum.ConstructionTypes);
        var applied = f.Date(applicationDate, root, "applicationDate", required: true);
        var tce = f.Number(energy, root, "annualEnergyTce", required: false, NumberRange.NonNegative);
        var projectSite = ReadSite(site, f);
        var facilities = FacilityReader.ReadAll(common.Facilities, f, idRequired: false, out _);
        var captiveUnit = f.Bool(captive, root, "captiveCoalPowerUnit", required: false);
        var adds = f.Bool(addsCapacity, root, "addsCapacity", required: false);
        var capacityReplacement = ReadReplacement(replacement, f);
        var heavyMetals = ReadHeavyMetals(metals, f);
        var heavyMetalOffset = f.Enum(metalOffset, root, "heavyMetalOffset", required: false, ContractEnum.HeavyMetalOffsets);
        var regionalOffset = ReadOffset(offset, f);
        var lowVoc = f.Number(common.LowVocMaterialShare, root, "lowVocMaterialShare", required: false, NumberRange.Fraction);
        var usesEliminated = f.Bool(eliminated, root, "usesEliminatedProcess", required: false);

        if (f.HasErrors)
        {
            return null;
        }

        return new ProjectRecord
        {
            Id = id!,
            Name = recordName!,
            EnterpriseId = entId,
            IndustryCode = industryCode!,
            City = city!,
            County = county,
            ConstructionType = type!,
            ApplicationDate = applied!.Value,
            AnnualEnergyTce = tce,
            Site = projectSite!,
            Facilities = facilities,
            CaptiveCoalPowerUnit = captiveUnit,
            AddsCapacity = adds,
            CapacityReplacement = capacityReplacement,
            HeavyMetals = heavyMetals,
            HeavyMetalOffset = heavyMetalOffset,
            RegionalOffset = regionalOffset,
            LowVocMaterialShare = lowVoc,
            UsesEliminatedProcess = usesEliminated,
            Sectors = SectorCache.SectorsOf(industryCode!, facilities),
            Extra = extra,
        };
    }

    private static ProjectSite? ReadSite(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "site", required: true, nullAllowed: false))
        {
            return null;
        }

        JsonElement redLine = default, farmland = default, builtUp = default, chemPark = default, banZone = default,
            yangtze = default, pm25 = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "inEcologicalRedLine": f.Take(ref redLine, p, SitePath); break;
                case "inPermanentBasicFarmland": f.Take(ref farmland, p, SitePath); break;
                case "inCountyBuiltUpArea": f.Take(ref builtUp, p, SitePath); break;
                case "inChemicalPark": f.Take(ref chemPark, p, SitePath); break;
                case "inLivestockBanZone": f.Take(ref banZone, p, SitePath); break;
                case "distanceToYangtzeKm": f.Take(ref yangtze, p, SitePath); break;
                case "cityPm25Attained": f.Take(ref pm25, p, SitePath); break;
                default: f.AddExtra(ref extra, p, SitePath); break;
            }
        }

        return new ProjectSite
        {
            InEcologicalRedLine = f.Bool(redLine, SitePath, "inEcologicalRedLine", required: true) ?? false,
            InPermanentBasicFarmland = f.Bool(farmland, SitePath, "inPermanentBasicFarmland", required: true) ?? false,
            InCountyBuiltUpArea = f.Bool(builtUp, SitePath, "inCountyBuiltUpArea", required: true) ?? false,
            InChemicalPark = f.Bool(chemPark, SitePath, "inChemicalPark", required: true) ?? false,
            InLivestockBanZone = f.Bool(banZone, SitePath, "inLivestockBanZone", required: false),
            DistanceToYangtzeKm = f.Number(yangtze, SitePath, "distanceToYangtzeKm", required: false, NumberRange.NonNegative),
            CityPm25Attained = f.Bool(pm25, SitePath, "cityPm25Attained", required: false),
            Extra = extra,
        };
    }

    private static CapacityReplacement? ReadReplacement(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "capacityReplacement", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement ratio = default, verified = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "ratio": f.Take(ref ratio, p, ReplacementPath); break;
                case "verified": f.Take(ref verified, p, ReplacementPath); break;
                default: f.AddExtra(ref extra, p, ReplacementPath); break;
            }
        }

        return new CapacityReplacement
        {
            Ratio = f.Number(ratio, ReplacementPath, "ratio", required: true, NumberRange.Positive) ?? 0,
            Verified = f.Bool(verified, ReplacementPath, "verified", required: true) ?? false,
            Extra = extra,
        };
    }

    private static RegionalOffset? ReadOffset(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "regionalOffset", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement pollutants = default, ratio = default;
        JsonObject? extra = null;
        foreach (var p in e.EnumerateObject())
        {
            switch (p.Name)
            {
                case "pollutants": f.Take(ref pollutants, p, OffsetPath); break;
                case "ratio": f.Take(ref ratio, p, OffsetPath); break;
                default: f.AddExtra(ref extra, p, OffsetPath); break;
            }
        }

        var names = new List<string>();
        if (f.Array(pollutants, OffsetPath, "pollutants", required: true))
        {
            var i = 0;
            foreach (var item in pollutants.EnumerateArray())
            {
                if (f.String(item, OffsetPath, $"pollutants[{i}]", required: true) is { } pollutant)
                {
                    names.Add(pollutant);
                }

                i++;
            }
        }

        return new RegionalOffset
        {
            Pollutants = names,
            Ratio = f.Number(ratio, OffsetPath, "ratio", required: true, NumberRange.Positive) ?? 0,
            Extra = extra,
        };
    }

    private static IReadOnlyList<string> ReadHeavyMetals(JsonElement e, RecordFieldReader f)
    {
        if (!f.Array(e, JsonPaths.Root, "heavyMetals", required: false) || e.GetArrayLength() == 0)
        {
            return [];
        }

        var metals = new List<string>(e.GetArrayLength());
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            if (f.Enum(item, JsonPaths.Root, $"heavyMetals[{i}]", required: true, ContractEnum.HeavyMetals) is { } metal)
            {
                metals.Add(metal);
            }

            i++;
        }

        return metals;
    }
}
