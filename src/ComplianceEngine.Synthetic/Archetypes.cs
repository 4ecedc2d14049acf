using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Synthetic;

/// <summary>The enterprise mix: roughly the shape of a Jiangxi register, weighted towards the sectors the plans target.</summary>
internal static class Archetypes
{
    public static readonly IReadOnlyList<Archetype> All =
    [
        new("3120", "钢铁", 2, (d, id) => [Unit(d, id, "SJ", "sintering"), Unit(d, id, "LT", "blast-furnace"), Unit(d, id, "ZL", "converter"), Boiler(d, id, "coal", 35, 130)]),
        new("3011", "水泥", 4, (d, id) => [Unit(d, id, "YL", "cement-kiln")]),
        new("2521", "焦化", 1, (d, id) => [Unit(d, id, "JL", "coke-oven"), Tank(d, id)]),
        new("4411", "热电", 2, (d, id) => [Power(d, id), Boiler(d, id, "coal", 65, 220)]),
        new("3071", "建筑陶瓷", 6, (d, id) => [Unit(d, id, "TY", "ceramic-kiln", "gas")]),
        new("3031", "砖瓦", 3, (d, id) => [Unit(d, id, "ZY", "other", "coal")]),
        new("3041", "平板玻璃", 1, (d, id) => [Unit(d, id, "BL", "glass-furnace", "gas")]),
        new("2614", "化工", 8, (d, id) => [Tank(d, id), Boiler(d, id, d.Chance(0.5) ? "gas" : "coal", 4, 40)]),
        new("2511", "石化", 1, (d, id) => [Tank(d, id), Tank(d, id, 2), Boiler(d, id, "gas", 20, 90)]),
        new("2631", "农药", 2, (d, id) => [Tank(d, id), Line(d, id, "other")]),
        new("2710", "化学药品原料药", 3, (d, id) => [Tank(d, id), Boiler(d, id, "gas", 2, 20)]),
        new("3211", "有色金属冶炼", 4, (d, id) => [Unit(d, id, "YL", "other", "coal")]),
        new("2319", "包装印刷", 8, (d, id) => [Line(d, id, "printing-line")]),
        new("2110", "家具制造", 10, (d, id) => [Line(d, id, "coating-line"), Boiler(d, id, d.Chance(0.3) ? "coal" : "biomass", 1, 10)]),
        new("3670", "汽车零部件", 6, (d, id) => [Line(d, id, "coating-line")]),
        new("3843", "铅蓄电池", 2, (d, id) => [Line(d, id, "other")]),
        new("3360", "电镀", 4, (d, id) => [Line(d, id, "other")]),
        new("8111", "汽车修理", 5, (d, id) => [Line(d, id, "coating-line")]),
        new("0313", "生猪养殖", 5, (d, id) => []),
        new("1713", "纺织印染", 6, (d, id) => [Boiler(d, id, d.Chance(0.5) ? "gas" : "coal", 2, 35)]),
        new("1331", "农副食品加工", 6, (d, id) => [Boiler(d, id, "gas", 1, 15)]),
        new("3982", "电子元件", 10, (d, id) => [Boiler(d, id, "electric", 1, 4)]),
    ];

    private static string Status(Draw d) => d.Weighted<string>(["completed", "in-progress", "not-started"], s => s switch
    {
        "completed" => 6,
        "in-progress" => 3,
        _ => 1,
    });

    private static Facility Unit(Draw d, string id, string prefix, string type, string? fuel = null)
    {
        var status = Status(d);
        return new Facility
        {
            Id = $"{prefix}-1", Type = type, Fuel = fuel, UltraLowStatus = status,
            UltraLowCompletedOn = status == "completed" ? new DateOnly(2019 + d.Between(0, 6), d.Between(1, 12), d.Between(1, 28)) : null,
            OnlineMonitoring = d.Chance(0.93), HasBypass = d.Chance(0.04),
        };
    }

    private static Facility Boiler(Draw d, string id, string fuel, int minTph, int maxTph)
    {
        var tph = d.Between(minTph, maxTph);
        var status = tph >= 65 && fuel == "coal" ? Status(d) : null;
        return new Facility
        {
            Id = "GL-1", Type = "boiler", Fuel = fuel, CapacityTph = tph, UltraLowStatus = status,
            UltraLowCompletedOn = status == "completed" ? new DateOnly(2018 + d.Between(0, 7), d.Between(1, 12), d.Between(1, 28)) : null,
            LowNox = fuel == "gas" ? d.Chance(0.88) : null, OnlineMonitoring = tph >= 20 ? d.Chance(0.93) : d.Chance(0.3),
            HasBypass = d.Chance(0.05),
        };
    }

    private static Facility Power(Draw d, string id)
    {
        var status = Status(d);
        return new Facility
        {
            Id = "JZ-1", Type = "power-unit", Fuel = "coal", CapacityMw = d.Pick<double>([135, 300, 350, 660]), UltraLowStatus = status,
            UltraLowCompletedOn = status == "completed" ? new DateOnly(2016 + d.Between(0, 4), d.Between(1, 12), d.Between(1, 28)) : null,
            OnlineMonitoring = d.Chance(0.97), HasBypass = d.Chance(0.03),
        };
    }

    private static Facility Tank(Draw d, string id, int n = 1) => new()
    {
        Id = $"CG-{n}", Type = "storage-tank", VocTreated = d.Chance(0.9), HasBypass = d.Chance(0.05), OnlineMonitoring = d.Chance(0.4),
    };

    private static Facility Line(Draw d, string id, string type) => new()
    {
        Id = type == "printing-line" ? "YS-1" : type == "coating-line" ? "TZ-1" : "SC-1", Type = type,
        VocTreated = d.Chance(0.9), HasBypass = d.Chance(0.06), OnlineMonitoring = d.Chance(0.35),
    };
}
