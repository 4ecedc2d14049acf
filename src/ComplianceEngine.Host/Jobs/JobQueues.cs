namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// The Hangfire queues. Register-wide batches (the sweep's and the notice runs') go to <see cref="Sweep"/>, served by
/// their own workers, so the short scheduled jobs in <see cref="Short"/> (delivery every 5 minutes, screening
/// opinions every 10) never wait behind thousands of batches.
/// </summary>
public static class JobQueues
{
    /// <summary>Hangfire's own default queue: fan-outs, delivery, screening opinions, the weekly list.</summary>
    public const string Short = "default";

    public const string Sweep = "sweep";
}
