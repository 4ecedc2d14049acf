using System.Globalization;
using System.Text.RegularExpressions;
using ScottPlot;

namespace ComplianceEngine.Analytics.Charts;

/// <summary>
/// The one home of chart drawing for reports and the web workspace (ScottPlot): lines over dates and bars per
/// category, returned as PNG or SVG bytes, same inputs same bytes. Labels may mix Chinese and English; the font is
/// chosen for the text (a CJK font such as WenQuanYi or Noto CJK must be installed for Chinese in PNG; SVG leaves
/// fonts to the browser).
/// </summary>
public static partial class ChartImage
{
    /// <summary>Lines over dates, one per series, with an optional dashed target line.</summary>
    public static byte[] Lines(string title, string yLabel, IReadOnlyList<DateOnly> dates, IReadOnlyList<ChartSeries> series, double? target,
        ChartFormat format, int width = 960, int height = 600)
    {
        var plot = new Plot();
        // Twenty colours: the eleven cities never share one.
        plot.Add.Palette = new ScottPlot.Palettes.Category20();
        var xs = dates.Select(d => d.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        foreach (var s in series)
        {
            // A gap stays a gap: points without a value are left out rather than drawn as zero.
            var points = xs.Zip(s.Values).Where(p => p.Second is not null).ToArray();
            var line = plot.Add.Scatter(points.Select(p => p.First).ToArray(), points.Select(p => p.Second!.Value).ToArray());
            line.LegendText = s.Label;
        }

        if (target is { } t)
        {
            var goal = plot.Add.HorizontalLine(t);
            goal.LinePattern = LinePattern.Dashed;
            goal.LegendText = "target 目标";
        }

        plot.Axes.DateTimeTicksBottom();
        return Finish(plot, title, yLabel, format, width, height);
    }

    /// <summary>One bar per category, in the order given, labelled below.</summary>
    public static byte[] Bars(string title, string yLabel, IReadOnlyList<(string Label, double Value)> bars, double? target, ChartFormat format,
        int width = 960, int height = 600)
    {
        var plot = new Plot();
        plot.Add.Bars(bars.Select(b => b.Value).ToArray());
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, bars.Count).Select(i => (double)i)], [.. bars.Select(b => b.Label)]);
        plot.Axes.Margins(bottom: 0);
        if (target is { } t)
        {
            var goal = plot.Add.HorizontalLine(t);
            goal.LinePattern = LinePattern.Dashed;
            goal.LegendText = "target 目标";
        }

        return Finish(plot, title, yLabel, format, width, height);
    }

    /// <summary>
    /// Bars side by side per category (e.g. per city), one colour and legend entry per series; a series' values are
    /// in the categories' order, null drawn as no bar. The y axis starts at zero.
    /// </summary>
    public static byte[] GroupedBars(string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series,
        ChartFormat format, int width = 960, int height = 600)
    {
        var plot = new Plot();
        plot.Add.Palette = new ScottPlot.Palettes.Category10();
        const double groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, series.Count);
        for (var s = 0; s < series.Count; s++)
        {
            var color = plot.Add.Palette.GetColor(s);
            var bars = series[s].Values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => new Bar
            {
                Position = p.i - groupWidth / 2 + barWidth * (s + 0.5),
                Value = p.v!.Value,
                Size = barWidth,
                FillColor = color,
                LineWidth = 0,
            }).ToList();
            plot.Add.Bars(bars).LegendText = series[s].Label;
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, categories.Count).Select(i => (double)i)], [.. categories]);
        var highest = series.SelectMany(s => s.Values).Max() ?? 0;
        plot.Axes.SetLimits(-0.5, categories.Count - 0.5, 0, Math.Max(1, highest) * 1.15);
        return Finish(plot, title, yLabel, format, width, height);
    }

    private static byte[] Finish(Plot plot, string title, string yLabel, ChartFormat format, int width, int height)
    {
        plot.Title(title, size: 16);
        plot.YLabel(yLabel);
        plot.ShowLegend(Edge.Right);
        // One font that has every glyph on the chart (Chinese city names included), for titles, ticks and legend alike.
        var text = title + yLabel + string.Concat(plot.GetPlottables().Select(p => string.Concat(p.LegendItems.Select(i => i.LabelText))))
            + string.Concat(plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label));
        var font = FontFor(text);
        plot.Font.Set(font);
        plot.Legend.FontName = font;
        return format == ChartFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(Renumbered(plot.GetSvgXml(width, height)))
            : plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    // ScottPlot's detection and Skia's character matching miss fonts fontconfig lists (WenQuanYi, Noto CJK): ask each
    // installed family whether it has every glyph, in the font manager's order, so the choice is the same every run.
    private static string FontFor(string text)
    {
        text = string.Concat(text.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)));
        foreach (var family in SkiaSharp.SKFontManager.Default.FontFamilies)
        {
            using var typeface = SkiaSharp.SKTypeface.FromFamilyName(family);
            using var font = new SkiaSharp.SKFont(typeface);
            if (font.ContainsGlyphs(text))
            {
                return family;
            }
        }

        return FontFile.Value ?? Fonts.Default;
    }

    // Where the font manager lists no family with Chinese glyphs (the Skia build ScottPlot ships may not ask
    // fontconfig), the first installed font file that has them, registered with ScottPlot (Debian: fonts-wqy-microhei).
    private static readonly Lazy<string?> FontFile = new(() =>
    {
        var files = new[] { "/usr/share/fonts", "/usr/local/share/fonts" }.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var typeface = SkiaSharp.SKTypeface.FromFile(file);
            if (typeface is not null && typeface.ContainsGlyphs("南昌市各设区企业检查目标"))
            {
                Fonts.AddFontFile(typeface.FamilyName, file);
                return typeface.FamilyName;
            }
        }

        return null;
    });

    // Skia numbers SVG clip paths with a process-wide counter; renumbered from the start of each drawing, the same
    // inputs give the same bytes.
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
