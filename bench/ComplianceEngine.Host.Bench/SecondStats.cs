using System.Diagnostics;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// The successful requests that started in one second of the measurement: how many, their p99 and worst latency in
/// milliseconds. On a shared machine this tells a tail made of a few stalls from one spread over the whole run.
/// </summary>
internal sealed record SecondStats(int Second, int Count, double P99Ms, double MaxMs)
{
    public static IReadOnlyList<SecondStats> Timeline(LogSnapshot log, long measureStart) =>
    [
        .. log.Starts
            .Select((start, i) => (Second: (int)Math.Max(0, (start - measureStart) / Stopwatch.Frequency), Latency: log.Latencies[i]))
            .GroupBy(r => r.Second)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var summary = LatencySummary.From([.. g.Select(r => r.Latency)]);
                return new SecondStats(g.Key, g.Count(), summary.P99, summary.Max);
            }),
    ];
}
