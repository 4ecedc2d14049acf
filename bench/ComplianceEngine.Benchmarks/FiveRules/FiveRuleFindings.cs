using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Benchmarks.FiveRules;

/// <summary>
/// What the five benchmark rules report when they fire, written by hand (messages by interpolation): shared by the
/// hand-written C# and the NRules versions, so the two peers differ only in how they decide. Not used by the product.
/// </summary>
internal static class FiveRuleFindings
{
    public const string PermitNone = "PRM-NONE-01";
    public const string PermitExpired = "PRM-EXPIRED-01";
    public const string SteelUltraLow = "ULE-STEEL-01";
    public const string VocBypass = "VOC-BYPASS-01";
    public const string StandardLimit = "LIM-STD-01";

    public static readonly IReadOnlyList<string> Ids = [PermitNone, PermitExpired, SteelUltraLow, VocBypass, StandardLimit];

    public static readonly HashSet<string> SteelTypes = ["sintering", "pelletizing", "blast-furnace", "converter", "electric-furnace", "coke-oven"];
    public static readonly HashSet<string> VocSectors = ["petrochemical", "coal-chemical", "pharmaceutical", "pesticide", "surface-coating", "packaging-printing"];
    public static readonly HashSet<string> VocTypes = ["coating-line", "printing-line", "storage-tank"];
    public static readonly HashSet<string> LimitTypes = ["boiler", "power-unit", "sintering", "pelletizing", "coke-oven", "cement-kiln", "ceramic-kiln"];

    private static readonly Citation Cite = new() { Document = "江西省“十四五”生态环境保护规划", Clause = "", Quote = "" };

    public static Finding NoPermit() =>
        Make(PermitNone, Severity.Prohibition, null, null, true, "企业未取得排污许可证", "No emission permit");

    public static Finding Expired(Permit permit) =>
        Make(PermitExpired, Severity.Prohibition, null, null, true,
            $"排污许可证{permit.Number}有效期为{permit.ValidFrom}至{permit.ValidTo}", $"Permit {permit.Number} valid {permit.ValidFrom} to {permit.ValidTo}");

    public static Finding UltraLowDue(Facility f, DateOnly? deadline, DateOnly asOf) =>
        Make(SteelUltraLow, Severity.Supervision, f.Id, deadline, deadline is not { } d || asOf > d,
            $"钢铁企业设施{f.Id}尚未完成超低排放改造", $"Steel facility {f.Id} has not completed its ultra-low retrofit");

    public static Finding Bypass(Facility f, DateOnly? deadline, DateOnly asOf) =>
        Make(VocBypass, Severity.Supervision, f.Id, deadline, deadline is not { } d || asOf > d,
            $"设施{f.Id}仍设有挥发性有机物废气排放系统旁路", $"Facility {f.Id} still has a VOC bypass");

    public static Finding AboveLimit(Facility f, Emission e, double limit) =>
        Make(StandardLimit, Severity.Limit, f.Id, null, true,
            $"{e.Pollutant}月均浓度{e.ConcentrationMgM3}超过限值{limit}", $"{e.Pollutant} monthly mean {e.ConcentrationMgM3} above {limit}",
            new Dictionary<string, object?> { ["pollutant"] = e.Pollutant, ["period"] = e.Period.ToString("yyyy-MM", CultureInfo.InvariantCulture) });

    /// <summary>A boiler or power unit above the strictest table without its commissioning date: the date decides, so ask for it (ADR 0008).</summary>
    public static Finding CommissioningDateMissing(Facility f) =>
        Make(StandardLimit, Severity.Missing, f.Id, null, false,
            $"设施{f.Id}缺少投入运行日期", $"Facility {f.Id} lacks its commissioning date");

    /// <summary>The standard-regime limit for an emission, from the catalog's own table; null when none applies.</summary>
    public static double? Limit(ParameterSet p, Facility f, Emission e) => p.Limit("standard", f, e.Pollutant);

    /// <summary>LIM-STD-01's decision once the limit is known: fired, asked for the commissioning date, or nothing.</summary>
    public static Finding? LimitFinding(Facility f, Emission e, double? limit)
    {
        if (f.Fuel == "biomass" || limit is not { } l || !(e.ConcentrationMgM3 > l))
        {
            return null;
        }

        return AsksCommissioningDate(f) ? CommissioningDateMissing(f) : AboveLimit(f, e, l);
    }

    /// <summary>Boilers and power units have existing and new tables; without the date, the strictest applies and the date is asked for.</summary>
    public static bool AsksCommissioningDate(Facility f) => f.CommissionedOn is null && f.Type is "boiler" or "power-unit";

    private static Finding Make(string id, Severity severity, string? facility, DateOnly? deadline, bool overdue, string zh, string en,
        IReadOnlyDictionary<string, object?>? facts = null) => new()
    {
        RuleId = id, Family = id[..3], Severity = severity, FacilityId = facility, Deadline = deadline, Overdue = overdue,
        Message = new LocalizedText(zh, en), Citation = Cite, Facts = facts ?? new Dictionary<string, object?>(),
    };
}
