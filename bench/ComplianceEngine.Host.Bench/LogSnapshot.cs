namespace ComplianceEngine.Host.Bench;

/// <summary>What a <see cref="LatencyLog"/> held at the end of a run. Latencies and timestamps in Stopwatch ticks.</summary>
internal sealed record LogSnapshot(long Sent, long NotSent, long[] Latencies, IReadOnlyDictionary<string, long> Errors, long LastCompletion)
{
    public long Ok => Latencies.Length;

    public long Failed => Errors.Values.Sum();
}
