using System.Text.Json;

namespace ComplianceEngine.Core.Records;

/// <summary>Reads and validates a <c>"kind": "project"</c> record.</summary>
internal static class ProjectRecordReader
{
    private const string SitePath = "$.site";
    private const string ReplacementPath = "$.capacityReplacement";
    private const string OffsetPath = "$.regionalOffset";
    private const string BuilderPath = "$.builder";

    public static ProjectRecord? Read(JsonElement e, RecordFieldReader f)
    {
        var common = default(CommonFields);
        JsonElement enterpriseId = default, constructionType = default, applicationDate = default, energy = default,
            site = default, captive = default, addsCapacity = default, replacement = default, metals = default,
            metalOffset = default, offset = default, eliminated = default, builder = default, projectCode = default,
            eiaDocument = default, investment = default;
        var walk = new FieldWalk(e, JsonPaths.Root, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "enterpriseId": walk.Take(ref enterpriseId); break;
                case "constructionType": walk.Take(ref constructionType); break;
                case "applicationDate": walk.Take(ref applicationDate); break;
                case "annualEnergyTce": walk.Take(ref energy); break;
                case "site": walk.Take(ref site); break;
                case "captiveCoalPowerUnit": walk.Take(ref captive); break;
                case "addsCapacity": walk.Take(ref addsCapacity); break;
                case "capacityReplacement": walk.Take(ref replacement); break;
                case "heavyMetals": walk.Take(ref metals); break;
                case "heavyMetalOffset": walk.Take(ref metalOffset); break;
                case "regionalOffset": walk.Take(ref offset); break;
                case "usesEliminatedProcess": walk.Take(ref eliminated); break;
                case "builder": walk.Take(ref builder); break;
                case "projectCode": walk.Take(ref projectCode); break;
                case "eiaDocument": walk.Take(ref eiaDocument); break;
                case "investmentTenThousandYuan": walk.Take(ref investment); break;
                default: common.TakeOrKeep(ref walk); break;
            }
        }

        const string root = JsonPaths.Root;
        var id = common.ReadId(f);
        var recordName = common.ReadName(f);
        var entId = f.String(enterpriseId, root, "enterpriseId", required: false);
        var industryCode = common.ReadIndustryCode(f);
        var place = common.ReadPlace(f);
        var type = f.Enum(constructionType, root, "constructionType", required: true, ContractEnum.ConstructionTypes);
        var applied = f.Date(applicationDate, root, "applicationDate", required: true);
        var tce = f.Number(energy, root, "annualEnergyTce", required: false, NumberRange.NonNegative);
        var projectSite = ReadSite(site, f);
        var facilities = common.ReadFacilities(f, idRequired: false, out _);
        var captiveUnit = f.Bool(captive, root, "captiveCoalPowerUnit", required: false);
        var adds = f.Bool(addsCapacity, root, "addsCapacity", required: false);
        var capacityReplacement = ReadReplacement(replacement, f);
        var heavyMetals = ReadHeavyMetals(metals, f);
        var heavyMetalOffset = f.Enum(metalOffset, root, "heavyMetalOffset", required: false, ContractEnum.HeavyMetalOffsets);
        var regionalOffset = ReadOffset(offset, f);
        var lowVoc = common.ReadLowVocMaterialShare(f);
        var usesEliminated = f.Bool(eliminated, root, "usesEliminatedProcess", required: false);
        var projectBuilder = ReadBuilder(builder, f);
        var code = f.String(projectCode, root, "projectCode", required: false);
        var eia = f.Enum(eiaDocument, root, "eiaDocument", required: false, ContractEnum.EiaDocuments);
        var invested = f.Number(investment, root, "investmentTenThousandYuan", required: false, NumberRange.NonNegative);

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
            City = place.City!,
            County = place.County,
            CityCode = place.CityCode,
            CountyCode = place.CountyCode,
            Notes = place.Notes,
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
            Builder = projectBuilder,
            ProjectCode = code,
            EiaDocument = eia,
            InvestmentTenThousandYuan = invested,
            Sectors = SectorCache.SectorsOf(industryCode!, facilities),
            Extra = walk.Extra,
        };
    }

    private static ProjectBuilder? ReadBuilder(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "builder", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement name = default, creditCode = default;
        var walk = new FieldWalk(e, BuilderPath, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "name": walk.Take(ref name); break;
                case "creditCode": walk.Take(ref creditCode); break;
                default: walk.Keep(); break;
            }
        }

        return new ProjectBuilder
        {
            Name = f.String(name, BuilderPath, "name", required: true) ?? "",
            CreditCode = CreditCode.Read(creditCode, BuilderPath, "creditCode", f),
            Extra = walk.Extra,
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
        var walk = new FieldWalk(e, SitePath, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "inEcologicalRedLine": walk.Take(ref redLine); break;
                case "inPermanentBasicFarmland": walk.Take(ref farmland); break;
                case "inCountyBuiltUpArea": walk.Take(ref builtUp); break;
                case "inChemicalPark": walk.Take(ref chemPark); break;
                case "inLivestockBanZone": walk.Take(ref banZone); break;
                case "distanceToYangtzeKm": walk.Take(ref yangtze); break;
                case "cityPm25Attained": walk.Take(ref pm25); break;
                default: walk.Keep(); break;
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
            Extra = walk.Extra,
        };
    }

    private static CapacityReplacement? ReadReplacement(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "capacityReplacement", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement ratio = default, verified = default;
        var walk = new FieldWalk(e, ReplacementPath, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "ratio": walk.Take(ref ratio); break;
                case "verified": walk.Take(ref verified); break;
                default: walk.Keep(); break;
            }
        }

        return new CapacityReplacement
        {
            Ratio = f.Number(ratio, ReplacementPath, "ratio", required: true, NumberRange.Positive) ?? 0,
            Verified = f.Bool(verified, ReplacementPath, "verified", required: true) ?? false,
            Extra = walk.Extra,
        };
    }

    private static RegionalOffset? ReadOffset(JsonElement e, RecordFieldReader f)
    {
        if (!f.Object(e, JsonPaths.Root, "regionalOffset", required: false, nullAllowed: true))
        {
            return null;
        }

        JsonElement pollutants = default, ratio = default;
        var walk = new FieldWalk(e, OffsetPath, f);
        while (walk.MoveNext())
        {
            switch (walk.Name)
            {
                case "pollutants": walk.Take(ref pollutants); break;
                case "ratio": walk.Take(ref ratio); break;
                default: walk.Keep(); break;
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
            Extra = walk.Extra,
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
