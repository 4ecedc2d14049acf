using System.Diagnostics;

namespace ComplianceEngine.Host.Bench;

/// <summary>Latency percentiles in milliseconds, exact (nearest rank over every recorded latency, sorted).</summary>
internal sealed record LatencySummary(double P50, double P90, double P99, double P999, double Max, double Mean)
{
    public static LatencySummary From(long[] ticks)
    {
        if (ticks.Length == 0)
        {
            return new LatencySummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = ticks.Order().ToArray();
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double At(double p) => Ms(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)]);
        return new LatencySummary(At(0.50), At(0.90), At(0.99), At(0.999), Ms(sorted[^1]), Ms((long)sorted.Average()));
    }
}
