using System.Diagnostics;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// Closed loop: a fixed number of requests in flight, each worker sending its next as soon as the previous one is
/// answered. Measures the most the host can take at that concurrency; its latencies are service times only.
/// </summary>
internal sealed class ClosedLoopRun(ScreeningClient client, ProjectBodies bodies, BenchSettings settings, int concurrency)
{
    public async Task<RunOutcome> RunAsync(CancellationToken ct)
    {
        var warmup = new LatencyLog();
        var measured = new LatencyLog();
        var start = Stopwatch.GetTimestamp();
        var measureStart = start + (long)(settings.Warmup.TotalSeconds * Stopwatch.Frequency);
        var end = measureStart + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);

        async Task Worker()
        {
            for (var sentAt = Stopwatch.GetTimestamp(); sentAt < end; sentAt = Stopwatch.GetTimestamp())
            {
                var log = sentAt < measureStart ? warmup : measured;
                log.Sent();
                var error = await client.SendAsync(bodies.Next(), ct);
                log.Completed(Stopwatch.GetTimestamp() - sentAt, error);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker, ct)));
        return new RunOutcome(warmup.Snapshot(), measured.Snapshot(), measureStart, TimeSpan.Zero);
    }
}
