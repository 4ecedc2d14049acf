using System.Diagnostics;

namespace ComplianceEngine.Host.Bench;

/// <summary>
/// The outcome of every request of one phase (warm-up or measurement): latencies of the successful ones, errors by
/// label, requests not sent, when each successful one started and when the last one finished. Thread-safe; a lock is
/// cheap at these rates.
/// </summary>
internal sealed class LatencyLog
{
    private readonly Lock _lock = new();
    private readonly List<long> _latencies = [];
    private readonly List<long> _starts = [];
    private readonly Dictionary<string, long> _errors = new(StringComparer.Ordinal);
    private long _sent;
    private long _notSent;
    private long _lastCompletion;

    public void Sent() => Interlocked.Increment(ref _sent);

    /// <summary>A request the client did not send because too many were already in flight (the host fell behind).</summary>
    public void NotSent() => Interlocked.Increment(ref _notSent);

    public void Completed(long latencyTicks, string? error)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (error is null)
            {
                _latencies.Add(latencyTicks);
                _starts.Add(now - latencyTicks);
            }
            else
            {
                _errors[error] = _errors.GetValueOrDefault(error) + 1;
            }

            _lastCompletion = Math.Max(_lastCompletion, now);
        }
    }

    /// <summary>A copy of what was recorded, for the report.</summary>
    public LogSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new LogSnapshot(
                Interlocked.Read(ref _sent), Interlocked.Read(ref _notSent), [.. _latencies], [.. _starts],
                new Dictionary<string, long>(_errors, StringComparer.Ordinal), _lastCompletion);
        }
    }
}
