using System.Globalization;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Ranking;

/// <summary>The causes reasons can name, with their Chinese and English phrases.</summary>
internal static class ReasonGroups
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IReadOnlyList<ReasonGroup> All { get; } =
    [
        Overdue("ultra-low", "超低排放", "ultra-low"),
        Overdue("voc", "VOCs治理", "VOC"),
        Overdue("permits", "排污许可", "permit"),
        new("exceedance", v => v[I("limits.exceedances")] > 0,
            v => { Take(v, "findings.limit", v[I("limits.exceedances")]); Take(v, "family.limits", v[I("limits.exceedances")]); v[I("limits.exceedances")] = 0; v[I("limits.exceedanceRatio")] = 0; },
            v => (string.Create(C, $"监测浓度最高达限值的{v[I("limits.exceedanceRatio")]:F1}倍（{v[I("limits.exceedances")]:0}次超标）"),
                string.Create(C, $"monitored concentration up to {v[I("limits.exceedanceRatio")]:F1}× the limit ({v[I("limits.exceedances")]:0} monthly exceedances)"))),
        new("permit", v => v[I("permit.none")] > 0 || v[I("permit.expired")] > 0,
            v => { Take(v, "findings.prohibition", 1); Take(v, "family.permits", 1); v[I("permit.none")] = 0; v[I("permit.expired")] = 0; v[I("permit.valid")] = 1; },
            v => v[I("permit.none")] > 0 ? ("无排污许可证", "no pollutant discharge permit") : ("排污许可证已过期", "pollutant discharge permit expired")),
        Count("penalties", "history.violations3y", 0, n => ($"3年内{n}次行政处罚", n == 1 ? "1 penalty in 3 years" : $"{n} penalties in 3 years")),
        Count("complaints", "history.complaints12m", 0, n => ($"12个月内{n}次群众投诉", n == 1 ? "1 public complaint in 12 months" : $"{n} public complaints in 12 months")),
        new("credit", v => v[I("history.creditRating")] >= 2, v => v[I("history.creditRating")] = 1, v =>
        {
            var rating = ContractValues.CreditRatings[(int)v[I("history.creditRating")]];
            // Jiangxi's environmental credit scheme names levels by colour (红色等级), not cards (红牌).
            var zh = rating switch { "yellow" => "黄色", "red" => "红色", _ => "黑色" };
            return ($"环境信用评价为{zh}等级", $"environmental credit rating: {rating} level");
        }),
        Count("retrofits", "record.unfinishedRetrofits", 0, n => ($"{n}台设施超低排放改造未完成", $"{n} facilities with unfinished ultra-low retrofits")),
        Count("bypass", "record.bypasses", 0, n => ($"{n}处旁路未拆除", n == 1 ? "1 bypass still in place" : $"{n} bypasses still in place")),
        Count("untreated-voc", "record.untreatedVoc", 0, n => ($"{n}处储罐或生产线未治理VOCs", $"{n} tanks or lines without VOC treatment")),
        new("sector", v => SectorMap.TwoHighSectors.Any(s => v[I("sector." + s)] > 0),
            v => { foreach (var s in SectorMap.AllSectors) { v[I("sector." + s)] = 0; } },
            v => ("属于“两高”行业", "a two-high (energy- and emission-intensive) sector")),
    ];

    private static int I(string name) => FeatureSchema.IndexOf(name);

    private static void Take(float[] v, string name, float amount) => v[I(name)] = Math.Max(0, v[I(name)] - amount);

    private static ReasonGroup Overdue(string family, string zh, string en) => new("overdue-" + family,
        v => v[I("overdue." + family)] > 0,
        v =>
        {
            var n = v[I("overdue." + family)];
            Take(v, "overdue.total", n);
            Take(v, "findings.obligation", n);
            Take(v, "family." + family, n);
            v[I("overdue." + family)] = 0;
            if (v[I("overdue.total")] == 0)
            {
                v[I("overdue.maxDays")] = 0;
            }
        },
        v =>
        {
            var n = (int)v[I("overdue." + family)];
            return ($"{n}项超期未完成的{zh}义务", n == 1 ? $"1 overdue {en} obligation" : $"{n} overdue {en} obligations");
        });

    private static ReasonGroup Count(string code, string feature, float clean, Func<int, (string, string)> phrase) =>
        new(code, v => v[I(feature)] > clean, v => v[I(feature)] = clean, v => phrase((int)v[I(feature)]));
}
