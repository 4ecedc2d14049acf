namespace ComplianceEngine.Notices.Outbox;

/// <summary>Retry back-off: the n-th failure waits <c>BaseDelay × 2^(n-1)</c>, at most <c>MaxDelay</c>. A notice is never given up on.</summary>
public sealed record DeliveryOptions
{
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(6);
    public int BatchSize { get; init; } = 50;

    public TimeSpan Delay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 30));
        var ticks = Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
