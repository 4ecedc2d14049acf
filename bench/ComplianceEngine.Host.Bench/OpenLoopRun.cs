using System.Diagnostics;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// Open loop: requests leave at a fixed rate whatever the host's answers, and each latency is measured from the
/// moment the request was due, not from when it actually left. A slow answer therefore cannot delay the next request
/// and hide its own queueing (coordinated omission): waiting in the client's connection queue or behind a late
/// scheduler counts as latency.
/// </summary>
internal sealed class OpenLoopRun(ScreeningClient client, ProjectBodies bodies, BenchSettings settings)
{
    private int _inFlight;

    public async Task<RunOutcome> RunAsync(CancellationToken ct)
    {
        var warmup = new LatencyLog();
        var measured = new LatencyLog();
        var warmupCount = (long)(settings.Rate * settings.Warmup.TotalSeconds);
        var total = warmupCount + (long)(settings.Rate * settings.Duration.TotalSeconds);
        var ticksPerRequest = (double)Stopwatch.Frequency / settings.Rate;
        var requests = new List<Task>((int)Math.Min(total, int.MaxValue));
        var maxLag = 0L;
        var start = Stopwatch.GetTimestamp();
        for (var next = 0L; next < total;)
        {
            var now = Stopwatch.GetTimestamp();
            var due = start + (long)(next * ticksPerRequest);
            if (due > now)
            {
                // Task.Delay rounds below a millisecond to zero; at most one millisecond late, and that is measured.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Stopwatch.GetElapsedTime(now, due).TotalMilliseconds)), ct);
                continue;
            }

            maxLag = Math.Max(maxLag, now - due);
            var log = next < warmupCount ? warmup : measured;
            if (Volatile.Read(ref _inFlight) >= settings.MaxInFlight)
            {
                log.NotSent();
            }
            else
            {
                Interlocked.Increment(ref _inFlight);
                log.Sent();
                requests.Add(SendAsync(bodies.Next(), due, log, ct));
            }

            next++;
        }

        await Task.WhenAll(requests);
        var measureStart = start + (long)(warmupCount * ticksPerRequest);
        return new RunOutcome(warmup.Snapshot(), measured.Snapshot(), measureStart, TimeSpan.FromSeconds((double)maxLag / Stopwatch.Frequency));
    }

    private async Task SendAsync(byte[] body, long due, LatencyLog log, CancellationToken ct)
    {
        try
        {
            var error = await client.SendAsync(body, ct);
            log.Completed(Stopwatch.GetTimestamp() - due, error);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
