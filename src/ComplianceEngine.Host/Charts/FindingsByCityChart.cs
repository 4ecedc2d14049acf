using ComplianceEngine.Analytics.Charts;
using ComplianceEngine.Data.Enforcement;

namespace ComplianceEngine.Host.Charts;

/// <summary>The words of the findings-by-city chart in the reader's language: title, axis and the four series.</summary>
public sealed record FindingsByCityLabels(string Title, string Axis, string Noncompliant, string Due, string Inspections, string ViolationsFound);

/// <summary>
/// The enforcement team's chart, drawn by the product's one chart home (<see cref="ChartImage"/>) as SVG: per city, the
/// enterprises last judged non-compliant and due, and the inspections of the past twelve months and those that found a
/// violation, side by side. The page shows the same figures as a table beside it, for screen readers and for copying.
/// </summary>
public static class FindingsByCityChart
{
    public const int Width = 960;
    public const int Height = 420;

    /// <summary>An SVG document of the tallies, cities in the given order; labels name cities as the tallies do.</summary>
    public static string Svg(IReadOnlyList<CityTally> tallies, IReadOnlyList<string> cityNames, FindingsByCityLabels labels)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(labels);
        ChartSeries Series(string label, Func<CityTally, int> value) => new(label, [.. tallies.Select(t => (double?)value(t))]);
        var bytes = ChartImage.GroupedBars(labels.Title, labels.Axis, cityNames,
            [Series(labels.Noncompliant, t => t.Noncompliant), Series(labels.Due, t => t.Due), Series(labels.Inspections, t => t.Inspections),
                Series(labels.ViolationsFound, t => t.ViolationsFound)],
            ChartFormat.Svg, Width, Height);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
