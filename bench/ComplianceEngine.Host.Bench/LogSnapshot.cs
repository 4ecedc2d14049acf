namespace ComplianceEngine.Host.Bench;

/// <summary>
/// What a <see cref="LatencyLog"/> held at the end of a run. Latencies and timestamps in Stopwatch ticks;
/// <c>Starts[i]</c> is when the request of <c>Latencies[i]</c> was due (open loop) or sent (closed loop).
/// </summary>
internal sealed record LogSnapshot(long Sent, long NotSent, long[] Latencies, long[] Starts, IReadOnlyDictionary<string, long> Errors, long LastCompletion)
{
    public long Ok => Latencies.Length;

    public long Failed => Errors.Values.Sum();
}
