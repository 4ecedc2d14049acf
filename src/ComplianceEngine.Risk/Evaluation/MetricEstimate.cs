namespace ComplianceEngine.Risk.Evaluation;

/// <summary>A metric on the full test set with its 95% percentile bootstrap interval.</summary>
public sealed record MetricEstimate(double Value, double Lower, double Upper);
