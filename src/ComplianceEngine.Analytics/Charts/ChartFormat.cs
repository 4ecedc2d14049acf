namespace ComplianceEngine.Analytics.Charts;

/// <summary>An image format for charts: PNG for reports and files, SVG for web pages (text stays text).</summary>
public enum ChartFormat
{
    Png,
    Svg,
}
