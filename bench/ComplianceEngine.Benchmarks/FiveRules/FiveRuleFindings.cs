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

    /// <summary>
    /// PRM-EXPIRED-01: a key or simplified permit (a registration is no permit) not in force on the date, unless a
    /// renewal applied for at least <paramref name="leadDays"/> before the expiry is deemed granted (行政许可法 第五十条).
    /// </summary>
    public static bool Lapsed(Permit permit, DateOnly asOf, double? leadDays) =>
        permit.ManagementClass != "registration" && (permit.ValidTo < asOf || permit.ValidFrom > asOf)
        && !(permit.ValidTo < asOf && permit.RenewalAppliedOn is { } applied && leadDays is { } lead
            && applied >= permit.ValidFrom && applied <= permit.ValidTo.AddDays(-(int)Math.Round(lead)));

    /// <summary>
    /// LIM-STD-01's decision for a monthly reading, judged by the limits in force all through its month
    /// (<paramref name="month"/>, from <see cref="ParameterCatalog.For(string, DateOnly, DateOnly)"/>): fired, asked
    /// for the commissioning date where it decides, or nothing.
    /// </summary>
    public static Finding? LimitFinding(Facility f, Emission e, ParameterSet month)
    {
        if (f.Fuel == "biomass" || month.Limit("standard", f, e.Pollutant) is not { } strictest || !(e.ConcentrationMgM3 > strictest))
        {
            return null;
        }

        if (!AsksCommissioningDate(f))
        {
            return AboveLimit(f, e, strictest);
        }

        // Without the date, a value above the limit of every table it could fall under is an exceedance all the same.
        return month.LimitWhateverAge("standard", f, e.Pollutant) is { } loosest && e.ConcentrationMgM3 > loosest
            ? AboveLimit(f, e, loosest)
            : CommissioningDateMissing(f);
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
