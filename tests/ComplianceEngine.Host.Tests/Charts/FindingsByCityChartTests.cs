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
        CityTally[] tallies = [new("南昌市", 39, 39, 12, 20, 80, 5, 2), new("九江市", 38, 0, 0, 0, 0, 0, 0)];

        var svg = FindingsByCityChart.Svg(tallies, ["Nanchang", "Jiujiang"], English);

        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Findings and outcomes by city", svg, StringComparison.Ordinal);
        Assert.Contains("Violations found", svg, StringComparison.Ordinal);
        Assert.Contains("Nanchang", svg, StringComparison.Ordinal);
        Assert.Contains("Jiujiang", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_WritesChineseLabelsAsText_WhenAFontWithTheirGlyphsIsInstalled()
    {
        // scripts/test.sh installs Debian's fonts-wqy-microhei; without a Chinese font the labels would be drawn empty.
        CityTally[] tallies = [new("景德镇市", 17, 17, 3, 2, 9, 4, 1)];

        var svg = FindingsByCityChart.Svg(tallies, ["景德镇市"], new("各市问题与检查结果", "企业数 / 检查次数", "不合规企业", "待整改企业", "近12个月检查", "发现违法"));

        Assert.Contains("景德镇市", svg, StringComparison.Ordinal);
        Assert.Contains("各市问题与检查结果", svg, StringComparison.Ordinal);
        Assert.Contains("待整改企业", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_GivesTheSameDrawing_WhenDrawnTwice()
    {
        CityTally[] tallies = [new("南昌市", 39, 39, 12, 20, 80, 5, 2)];

        Assert.Equal(FindingsByCityChart.Svg(tallies, ["南昌市"], English), FindingsByCityChart.Svg(tallies, ["南昌市"], English));
    }
}
