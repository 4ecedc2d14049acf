using System.Text;
using ComplianceEngine.Analytics.Charts;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Tests.Charts;

public class IndicatorChartTests
{
    private static readonly RuleSet Shipped = RuleSetLoader.Load(Repository.Rules);

    private static (IndicatorDefinition, IReadOnlyList<IndicatorValue>) Coverage(params DateOnly[] dates)
    {
        var indicator = IndicatorCatalog.Read(Repository.Rules, Shipped).Indicators.Single(i => i.Id == "IND-PERMIT-COVERAGE");
        var records = RecordReader.Read(File.ReadAllText(Repository.TestData("register.json")), "register.json").Records;
        return (indicator, new IndicatorRun(Shipped, [indicator], dates).Compute(records));
    }

    [Fact]
    public void Trend_DrawsALinePerCity_AsSvgText()
    {
        var (indicator, values) = Coverage(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 23));

        var svg = Encoding.UTF8.GetString(IndicatorChart.Trend(indicator, values, ChartFormat.Svg));

        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.All(Core.Places.JiangxiDivisions.Cities, c => Assert.Contains(c.Name, svg, StringComparison.Ordinal));
        Assert.Contains("Pollutant discharge permit coverage", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ByCity_DrawsTheSamePng_ForTheSameValues()
    {
        var (indicator, values) = Coverage(new DateOnly(2026, 11, 23));

        var first = IndicatorChart.ByCity(indicator, values, new DateOnly(2026, 11, 23), ChartFormat.Png);
        var again = IndicatorChart.ByCity(indicator, values, new DateOnly(2026, 11, 23), ChartFormat.Png);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], first[..4]);
        Assert.Equal(first, again);
    }
}
