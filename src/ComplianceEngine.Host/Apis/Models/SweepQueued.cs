namespace ComplianceEngine.Host.Apis.Models;

/// <summary>A queued nightly sweep: its Hangfire job id and the as-of date (yyyy-MM-dd) it evaluates the register at.</summary>
public sealed record SweepQueued(string JobId, string AsOf);
