using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// Five catalog rules written by hand in C#, as a team without a rule engine would: constants inline, messages by
/// interpolation. The yardstick for the engine's overhead (benchmark part c); not used by the product.
/// </summary>
internal static class HandWrittenRules
{
    private static readonly DateOnly SteelDeadline = new(2025, 12, 31);
    private static readonly DateOnly VocBypassDeadline = new(2025, 12, 31);
    private static readonly HashSet<string> SteelTypes = ["sintering", "pelletizing", "blast-furnace", "converter", "electric-furnace", "coke-oven"];
    private static readonly HashSet<string> VocSectors = ["petrochemical", "coal-chemical", "pharmaceutical", "pesticide", "surface-coating", "packaging-printing"];
    private static readonly HashSet<string> VocTypes = ["coating-line", "printing-line", "storage-tank"];
    private static readonly HashSet<string> LimitTypes = ["boiler", "power-unit", "sintering", "pelletizing", "coke-oven", "cement-kiln", "ceramic-kiln"];
    private static readonly Citation Cite = new() { Document = "江西省“十四五”生态环境保护规划", Clause = "", Quote = "" };

    private static readonly Dictionary<(string Type, string? Fuel, string Pollutant), double> StandardLimits = new()
    {
        [("boiler", "coal", "NOx")] = 300, [("boiler", "coal", "SO2")] = 300, [("boiler", "coal", "PM")] = 50,
        [("boiler", "gas", "NOx")] = 200, [("boiler", "gas", "SO2")] = 50, [("boiler", "gas", "PM")] = 20,
        [("power-unit", "coal", "NOx")] = 100, [("power-unit", "coal", "SO2")] = 100, [("power-unit", "coal", "PM")] = 30,
        [("sintering", null, "NOx")] = 300, [("sintering", null, "SO2")] = 200, [("sintering", null, "PM")] = 50,
        [("cement-kiln", null, "NOx")] = 400, [("cement-kiln", null, "SO2")] = 200, [("cement-kiln", null, "PM")] = 30,
        [("coke-oven", null, "NOx")] = 500, [("coke-oven", null, "SO2")] = 50, [("coke-oven", null, "PM")] = 30,
        [("ceramic-kiln", null, "NOx")] = 180, [("ceramic-kiln", null, "SO2")] = 50, [("ceramic-kiln", null, "PM")] = 30,
    };

    public static List<Finding> Evaluate(EnterpriseRecord r, DateOnly asOf)
    {
        var findings = new List<Finding>();
        if (r.Permit is null && (r.Sectors.Count > 0 || r.Facilities.Count > 0))
        {
            findings.Add(Make("PRM-NONE-01", Severity.Prohibition, null, null, true, "企业未取得排污许可证", "No emission permit"));
        }

        if (r.Permit is { } permit && (permit.ValidTo < asOf || permit.ValidFrom > asOf))
        {
            findings.Add(Make("PRM-EXPIRED-01", Severity.Prohibition, null, null, true,
                $"排污许可证{permit.Number}有效期为{permit.ValidFrom}至{permit.ValidTo}", $"Permit {permit.Number} valid {permit.ValidFrom} to {permit.ValidTo}"));
        }

        foreach (var f in r.Facilities)
        {
            if (r.Sectors.Contains("steel") && SteelTypes.Contains(f.Type) && f.UltraLowStatus != "completed")
            {
                findings.Add(Make("ULE-STEEL-01", Severity.Obligation, f.Id, SteelDeadline, asOf > SteelDeadline,
                    $"钢铁企业设施{f.Id}尚未完成超低排放改造", $"Steel facility {f.Id} has not completed its ultra-low retrofit"));
            }

            if (r.Sectors.Overlaps(VocSectors) && VocTypes.Contains(f.Type) && f.HasBypass == true)
            {
                findings.Add(Make("VOC-BYPASS-01", Severity.Obligation, f.Id, VocBypassDeadline, asOf > VocBypassDeadline,
                    $"设施{f.Id}仍设有挥发性有机物废气排放系统旁路", $"Facility {f.Id} still has a VOC bypass"));
            }
        }

        foreach (var e in r.Emissions)
        {
            if (!e.CountsOn(asOf))
            {
                continue;
            }

            var f = r.Facilities.FirstOrDefault(x => x.Id == e.FacilityId);
            if (f is null || f.Fuel == "biomass" || !LimitTypes.Contains(f.Type))
            {
                continue;
            }

            if ((StandardLimits.TryGetValue((f.Type, f.Fuel, e.Pollutant), out var limit) || StandardLimits.TryGetValue((f.Type, null, e.Pollutant), out limit))
                && e.ConcentrationMgM3 > limit)
            {
                findings.Add(Make("LIM-STD-01", Severity.Limit, f.Id, null, true,
                    $"{e.Pollutant}月均浓度{e.ConcentrationMgM3}超过限值{limit}", $"{e.Pollutant} monthly mean {e.ConcentrationMgM3} above {limit}"));
            }
        }

        return findings;
    }

    private static Finding Make(string id, Severity severity, string? facility, DateOnly? deadline, bool overdue, string zh, string en) => new()
    {
        RuleId = id, Family = id[..3], Severity = severity, FacilityId = facility, Deadline = deadline, Overdue = overdue,
        Message = new LocalizedText(zh, en), Citation = Cite,
    };
}
