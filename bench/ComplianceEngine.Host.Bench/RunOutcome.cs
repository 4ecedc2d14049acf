namespace ComplianceEngine.Host.Bench;

/// <summary>
/// What a driver recorded: the measured phase's log, when measurement began (Stopwatch timestamp) and, for the open
/// loop, how late the scheduler sent its latest request (a busy client shows up here, not as server latency).
/// </summary>
internal sealed record RunOutcome(LogSnapshot Warmup, LogSnapshot Measured, long MeasureStart, TimeSpan MaxSendLag);
