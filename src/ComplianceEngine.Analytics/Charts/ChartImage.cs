using ScottPlot;

namespace ComplianceEngine.Analytics.Charts;

/// <summary>
/// The one home of chart drawing for reports and the web workspace (ScottPlot): lines over dates and bars per
/// category, returned as PNG or SVG bytes, same inputs same bytes. Labels may mix Chinese and English; the font is
/// chosen for the text (a CJK font such as WenQuanYi or Noto CJK must be installed for Chinese in PNG; SVG leaves
/// fonts to the browser).
/// </summary>
public static class ChartImage
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
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height))
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

        return Fonts.Default;
    }
}
