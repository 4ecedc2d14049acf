namespace ComplianceEngine.Pages.Bench;

/// <summary>One page's figures: requests measured, answers that were not 200, and latency percentiles in milliseconds.</summary>
public sealed record PageFigures(PageEntry Page, int Requests, int Failures, string? FirstFailure, double P50, double P95, double P99, double Max)
{
    /// <summary>Nearest-rank percentiles of the measured latencies (milliseconds).</summary>
    public static PageFigures Of(PageEntry page, IReadOnlyList<double> milliseconds, int failures, string? firstFailure)
    {
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new PageFigures(page, sorted.Length, failures, firstFailure, Rank(0.50), Rank(0.95), Rank(0.99), sorted.Length == 0 ? double.NaN : sorted[^1]);
    }
}
