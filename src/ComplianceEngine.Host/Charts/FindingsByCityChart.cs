using ComplianceEngine.Data.Enforcement;
using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace ComplianceEngine.Host.Charts;

/// <summary>The words of the findings-by-city chart in the reader's language: title, axis and the four series.</summary>
public sealed record FindingsByCityLabels(string Title, string Axis, string Noncompliant, string Due, string Inspections, string ViolationsFound);

/// <summary>
/// The enforcement team's chart (ScottPlot, drawn on the server as SVG): per city, the enterprises last judged
/// non-compliant and due, and the inspections of the past twelve months and those that found a violation, side by side.
/// The page shows the same figures as a table beside it, for screen readers and for copying.
/// </summary>
public static partial class FindingsByCityChart
{
    public const int Width = 960;
    public const int Height = 420;

    /// <summary>An SVG document of the tallies, cities in the given order; labels name cities as the tallies do.</summary>
    public static string Svg(IReadOnlyList<CityTally> tallies, IReadOnlyList<string> cityNames, FindingsByCityLabels labels)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        ArgumentNullException.ThrowIfNull(labels);
        var plot = new Plot();
        var series = new (string Label, Func<CityTally, int> Value, Color Color)[]
        {
            (labels.Noncompliant, t => t.Noncompliant, Colors.FireBrick),
            (labels.Due, t => t.Due, Colors.Orange),
            (labels.Inspections, t => t.Inspections, Colors.SteelBlue),
            (labels.ViolationsFound, t => t.ViolationsFound, Colors.Navy),
        };
        const double groupWidth = 0.8;
        var barWidth = groupWidth / series.Length;
        for (var s = 0; s < series.Length; s++)
        {
            var (label, value, color) = series[s];
            var bars = tallies.Select((t, i) => new Bar
            {
                Position = i - groupWidth / 2 + barWidth * (s + 0.5),
                Value = value(t),
                Size = barWidth,
                FillColor = color,
                LineWidth = 0,
            }).ToList();
            plot.Add.Bars(bars).LegendText = label;
        }

        plot.Axes.Bottom.SetTicks([.. tallies.Select((_, i) => (double)i)], [.. cityNames]);
        var highest = tallies.Count == 0 ? 0 : tallies.Max(t => series.Max(s => s.Value(t)));
        plot.Axes.SetLimits(-0.5, tallies.Count - 0.5, 0, Math.Max(1, highest) * 1.15);
        plot.Title(labels.Title);
        plot.YLabel(labels.Axis);
        plot.ShowLegend(Alignment.UpperRight);
        if (ChineseFont.Value is { } family)
        {
            plot.Font.Set(family);
        }

        return Renumbered(plot.GetSvgXml(Width, Height));
    }

    // The Skia build ScottPlot ships does not ask fontconfig, so it knows no font with Chinese glyphs: without one the
    // city names and titles would be drawn empty. The first installed font that has them (Debian: fonts-wqy-microhei).
    private static readonly Lazy<string?> ChineseFont = new(FindChineseFont);

    private static string? FindChineseFont()
    {
        var files = new[] { "/usr/share/fonts", "/usr/local/share/fonts" }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var typeface = SKTypeface.FromFile(file);
            if (typeface is not null && typeface.ContainsGlyphs("南昌市各设区企业检查"))
            {
                Fonts.AddFontFile(typeface.FamilyName, file);
                return typeface.FamilyName;
            }
        }

        return null;
    }

    /// <summary>
    /// Skia numbers clip paths with a process-wide counter (<c>cl_4</c>, then <c>cl_a</c>…); renumbered from the
    /// start of each drawing, the same tallies give the same bytes.
    /// </summary>
    private static string Renumbered(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m => ids.TryGetValue(m.Value, out var id)
            ? id
            : ids[m.Value] = "clip" + ids.Count.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
