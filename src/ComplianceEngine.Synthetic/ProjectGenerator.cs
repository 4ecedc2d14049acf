using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Synthetic;

/// <summary>
/// Draws contract-valid construction projects: mostly ordinary ones, with a share in sensitive sites, two-high
/// sectors without capacity replacement or offsets, small coal boilers, heavy-metal discharges and low-VOC shortfalls.
/// </summary>
public sealed class ProjectGenerator(int seed, DateOnly referenceDate)
{
    private static readonly (string Code, string NameZh, double Weight)[] Industries =
    [
        ("3982", "电子元件生产线建设", 14), ("2110", "家具生产线", 10), ("3670", "汽车零部件涂装线", 6), ("2319", "包装印刷生产线", 6),
        ("2614", "化工产品生产装置", 8), ("2631", "农药原药生产装置", 2), ("3120", "炼钢产能", 3), ("3011", "水泥熟料生产线", 3),
        ("3071", "建筑陶瓷生产线", 5), ("3041", "平板玻璃生产线", 1), ("3211", "铜冶炼", 3), ("3360", "电镀生产线", 3),
        ("3843", "铅蓄电池生产线", 2), ("0313", "生猪养殖场", 5), ("4411", "热电联产机组", 2), ("1331", "食品加工厂", 8),
    ];

    private readonly Draw _draw = new(seed);

    public ProjectRecord Next(int number)
    {
        var (code, nameZh, _) = _draw.Weighted(Industries, i => i.Weight);
        var city = _draw.Weighted(Places.Cities, c => c.Weight);
        var sectors = SectorMap.SectorsOf(code, []);
        var twoHigh = sectors.Overlaps(SectorMap.TwoHighSectors);
        var facilities = new List<Facility>();
        if (_draw.Chance(0.35))
        {
            var coal = _draw.Chance(0.3);
            facilities.Add(new Facility { Type = "boiler", Fuel = coal ? "coal" : _draw.Pick<string>(["gas", "electric", "biomass"]), CapacityTph = _draw.Between(2, 80) });
        }

        if (code is "3670" or "2110")
        {
            facilities.Add(new Facility { Type = "coating-line" });
        }

        var metals = code is "3211" or "3360" or "3843" ? _draw.Pick<string[]>([["Pb"], ["Cd", "Pb"], ["Cr"], ["As", "Tl"]]) : [];
        var replacement = twoHigh && _draw.Chance(0.6) ? new CapacityReplacement { Ratio = _draw.Pick<double>([1.0, 1.25, 1.5]), Verified = _draw.Chance(0.8) } : null;
        var record = new ProjectRecord
        {
            Id = $"P-{referenceDate.Year}-{number:D4}",
            Name = $"{_draw.Pick(city.Counties)}{Places.Trade(_draw)}{nameZh}项目",
            IndustryCode = code,
            City = city.Name,
            County = _draw.Pick(city.Counties),
            CityCode = city.Code,
            ConstructionType = _draw.Weighted<string>(["new", "expansion", "renovation", "relocation"], t => t == "new" ? 5 : t == "expansion" ? 3 : 1),
            ApplicationDate = referenceDate.AddDays(-_draw.Between(0, 300)),
            AnnualEnergyTce = twoHigh ? _draw.Between(2000, 400000) : _draw.Between(50, 8000),
            Site = new ProjectSite
            {
                InEcologicalRedLine = _draw.Chance(0.03), InPermanentBasicFarmland = _draw.Chance(0.04),
                InCountyBuiltUpArea = _draw.Chance(0.4), InChemicalPark = sectors.Contains("chemical") || sectors.Contains("pesticide") ? _draw.Chance(0.75) : false,
                InLivestockBanZone = code == "0313" ? _draw.Chance(0.35) : false,
                DistanceToYangtzeKm = Math.Round(_draw.Chance(0.12) ? 0.2 + (_draw.Uniform() * 0.8) : 1 + (_draw.Uniform() * 60), 1), CityPm25Attained = _draw.Chance(0.7),
            },
            Facilities = facilities,
            CaptiveCoalPowerUnit = code == "4411" ? _draw.Chance(0.5) : _draw.Chance(0.02),
            AddsCapacity = twoHigh ? _draw.Chance(0.7) : _draw.Chance(0.4),
            CapacityReplacement = replacement,
            HeavyMetals = metals,
            HeavyMetalOffset = metals.Length > 0 ? _draw.Pick<string>(["reduction", "equal", "none"]) : null,
            RegionalOffset = twoHigh && _draw.Chance(0.5) ? new RegionalOffset { Pollutants = ["SO2", "NOx", "PM"], Ratio = _draw.Pick<double>([1.0, 1.5, 2.0]) } : null,
            LowVocMaterialShare = code is "3670" or "2110" or "2319" ? Math.Round(_draw.Uniform(), 2) : null,
            UsesEliminatedProcess = _draw.Chance(0.04),
            Sectors = SectorMap.SectorsOf(code, facilities),
        };

        // Drawn inside the initializer (draw order fixes the sample); its code is looked up, not drawn.
        return record with { CountyCode = city.CountyCode(record.County!) };
    }
}
