using System.Globalization;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Core.Places;

namespace ComplianceEngine.Analytics.Charts;

/// <summary>Charts of indicator values: the trend of each of the eleven cities over the dates, and the cities side by side on one date.</summary>
public static class IndicatorChart
{
    /// <summary>One line per city (all sectors) over the values' dates, and the target.</summary>
    public static byte[] Trend(IndicatorDefinition indicator, IReadOnlyList<IndicatorValue> values, ChartFormat format)
    {
        var mine = values.Where(v => v.Indicator == indicator.Id && v.Sector == IndicatorTally.AllSectors).ToArray();
        var dates = mine.Select(v => v.AsOf).Distinct().Order().ToArray();
        var series = JiangxiDivisions.Cities
            .Select(c => new ChartSeries(c.Name, [.. dates.Select(d => mine.FirstOrDefault(v => v.City == c.Name && v.AsOf == d)?.Value)]))
            .ToArray();
        return ChartImage.Lines(Title(indicator, $"{dates.FirstOrDefault():yyyy-MM-dd} – {dates.LastOrDefault():yyyy-MM-dd}"), Unit(indicator),
            dates, series, indicator.Target.Value, format);
    }

    /// <summary>The eleven cities' values (all sectors) as of one date, as bars.</summary>
    public static byte[] ByCity(IndicatorDefinition indicator, IReadOnlyList<IndicatorValue> values, DateOnly asOf, ChartFormat format)
    {
        var bars = JiangxiDivisions.Cities
            .Select(c => (c.Name, values.FirstOrDefault(v => v.Indicator == indicator.Id && v.AsOf == asOf && v.City == c.Name
                && v.Sector == IndicatorTally.AllSectors)?.Value ?? 0))
            .ToArray();
        return ChartImage.Bars(Title(indicator, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Unit(indicator), bars, indicator.Target.Value, format);
    }

    private static string Title(IndicatorDefinition d, string when) => $"{d.Name.Zh} ({when})\n{d.Name.En}";

    private static string Unit(IndicatorDefinition d) => d.Unit == "share" ? "share 占比 (0–1)" : "count 数量";
}
