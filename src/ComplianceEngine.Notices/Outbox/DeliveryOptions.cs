namespace ComplianceEngine.Notices.Outbox;

/// <summary>Retry back-off: the n-th failure waits <c>BaseDelay × 2^(n-1)</c>, at most <c>MaxDelay</c>. A notice is never given up on;
/// a claimed batch is leased for <see cref="Lease"/>.</summary>
public sealed record DeliveryOptions
{
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(6);
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// How long a drainer holds a claimed batch before another may take it: longer than sending a batch takes
    /// (<see cref="BatchSize"/> × the channel's timeout), so a live drainer does not lose its notices.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan Delay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 30));
        var ticks = Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
