namespace ComplianceEngine.Analytics.Charts;

/// <summary>One line of a chart: its legend label and a value per point (null where there is none, drawn as a gap).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values);
