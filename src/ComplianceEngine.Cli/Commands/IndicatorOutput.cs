using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Core.Evaluation;
using CsvHelper;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>indicators</c> output: a Markdown table for a person (and the docs), JSON (<see cref="IndicatorReport"/>) or CSV rows.</summary>
internal static class IndicatorOutput
{
    public static void Write(TextWriter w, string format, string version, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<IndicatorValue> values, bool sectors)
    {
        var dates = values.Select(v => v.AsOf).Distinct().Order().ToArray();
        switch (format)
        {
            case "json":
                w.WriteLine(JsonSerializer.Serialize(new IndicatorReport(version, dates, indicators, values), ResultJson.Indented));
                break;
            case "csv":
                using (var csv = CsvWriter.Create(w, CsvWriterOptions.Default, true))
                {
                    csv.WriteRecord(["indicator", "asOf", "city", "sector", "counted", "members", "value", "target", "gap", "ruleSetVersion"]);
                    foreach (var v in values)
                    {
                        var target = indicators.First(i => i.Id == v.Indicator).Target.Value;
                        csv.WriteRecord([v.Indicator, Date(v.AsOf), v.City, v.Sector, Num(v.Counted), Num(v.Members), Num(v.Value), Num(target), Num(v.Gap), version]);
                    }
                }

                break;
            default:
                Table(w, version, indicators, values, sectors);
                break;
        }
    }

    private static void Table(TextWriter w, string version, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<IndicatorValue> values, bool sectors)
    {
        foreach (var d in indicators)
        {
            var target = d.Target.By is { } by ? $"{Shown(d, d.Target.Value)} by {Date(by)}" : Shown(d, d.Target.Value);
            w.WriteLine($"### {d.Id} {d.Name.Zh} / {d.Name.En}");
            w.WriteLine();
            w.WriteLine($"Target 目标: {target} ({d.Target.Direction}); source {d.Target.Source} {d.Target.Clause}: “{d.Target.Quote}”");
            w.WriteLine();
            var dates = values.Where(v => v.Indicator == d.Id).Select(v => v.AsOf).Distinct().Order().ToArray();
            w.WriteLine("| city 城市 | sector 行业 | " + string.Join(" | ", dates.Select(Date)) + " | gap 差距 |");
            w.WriteLine("|---|---|" + string.Concat(dates.Select(_ => "---:|")) + "---:|");
            var rows = values.Where(v => v.Indicator == d.Id && (sectors || v.Sector == IndicatorTally.AllSectors))
                .GroupBy(v => (v.City, v.Sector));
            foreach (var row in rows)
            {
                var cells = dates.Select(date => row.FirstOrDefault(v => v.AsOf == date) is { } v ? Cell(d, v) : "");
                var last = row.MaxBy(v => v.AsOf)!;
                w.WriteLine($"| {row.Key.City} | {row.Key.Sector} | {string.Join(" | ", cells)} | {(last.Gap is { } gap ? Shown(d, gap) : "–")} |");
            }

            w.WriteLine();
        }

        w.WriteLine($"Rule-set version {version}.");
    }

    private static string Cell(IndicatorDefinition d, IndicatorValue v) =>
        v.Value is not { } value ? "– (0)" : d.Unit == "share" ? $"{Shown(d, value)} ({v.Counted}/{v.Members})" : Shown(d, value);

    private static string Shown(IndicatorDefinition d, double value) =>
        d.Unit == "share" ? value.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : value.ToString("0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Num(double? n) => n?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
