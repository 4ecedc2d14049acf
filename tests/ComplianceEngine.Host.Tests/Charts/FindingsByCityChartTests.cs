using ComplianceEngine.Data.Enforcement;
using ComplianceEngine.Host.Charts;

namespace ComplianceEngine.Host.Tests.Charts;

public sealed class FindingsByCityChartTests
{
    private static readonly FindingsByCityLabels English = new("Findings and outcomes by city", "Enterprises / inspections", "Non-compliant", "Due",
        "Inspections", "Violations found");

    [Fact]
    public void Svg_DrawsTitleSeriesAndEveryCity_WhenGivenTallies()
    {
        CityTally[] tallies = [new("南昌市", 39, 12, 20, 80, 5, 2), new("九江市", 38, 0, 0, 0, 0, 0)];

        var svg = FindingsByCityChart.Svg(tallies, ["Nanchang", "Jiujiang"], English);

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Findings and outcomes by city", svg, StringComparison.Ordinal);
        Assert.Contains("Violations found", svg, StringComparison.Ordinal);
        Assert.Contains("Nanchang", svg, StringComparison.Ordinal);
        Assert.Contains("Jiujiang", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_GivesTheSameDrawing_WhenDrawnTwice()
    {
        CityTally[] tallies = [new("南昌市", 39, 12, 20, 80, 5, 2)];

        Assert.Equal(FindingsByCityChart.Svg(tallies, ["南昌市"], English), FindingsByCityChart.Svg(tallies, ["南昌市"], English));
    }
}
