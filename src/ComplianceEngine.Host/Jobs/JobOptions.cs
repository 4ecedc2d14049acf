namespace ComplianceEngine.Host.Jobs;

/// <summary>The <c>Jobs</c> configuration section: whether this instance runs Hangfire, and the schedules.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Off for a node that only serves the API; every node that has it on shares the same queue.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Cron of the nightly compliance sweep, in <see cref="TimeZone"/>. Every schedule below: empty removes the job.</summary>
    public string NightlySweepCron { get; set; } = "0 2 * * *";

    /// <summary>Rectification notices to enterprises with open findings: once per month and set of findings.</summary>
    public string RectificationCron { get; set; } = "0 4 * * *";

    /// <summary>Reminders 90, 30 and 7 days before an obligation's deadline: once per deadline and stage.</summary>
    public string DeadlineRemindersCron { get; set; } = "0 5 * * *";

    /// <summary>Permit renewal reminders from 60 days before the permit's <c>validTo</c>: once per permit and expiry.</summary>
    public string PermitRemindersCron { get; set; } = "30 5 * * *";

    /// <summary>Screening opinions of rejected or conditional projects, from the audit trail.</summary>
    public string ScreeningOpinionsCron { get; set; } = "*/10 * * * *";

    /// <summary>Delivery of the outbox's due notices.</summary>
    public string NoticeDeliveryCron { get; set; } = "*/5 * * * *";

    /// <summary>Each city's inspection list, ordered by the risk model.</summary>
    public string WeeklyRiskListCron { get; set; } = "0 6 * * 1";

    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// Whether the jobs dashboard offers its buttons (delete, trigger, requeue). Off by default: the recurring schedules
    /// come from this configuration, and a recurring job deleted there stays gone until the next start.
    /// </summary>
    public bool DashboardActions { get; set; }

    /// <summary>Enterprises per batch job: small enough that a retried batch repeats little work.</summary>
    public int SweepBatchSize { get; set; } = 500;

    /// <summary>How often an idle worker looks for queued jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Workers for the register-wide batches (<see cref="JobQueues.Sweep"/>) on this instance; unset: Hangfire's default (five per core, at most twenty).</summary>
    public int? WorkerCount { get; set; }

    /// <summary>Workers kept for the short jobs (<see cref="JobQueues.Short"/>) on this instance, beside the sweep's.</summary>
    public int ShortJobWorkers { get; set; } = 2;

    /// <summary>
    /// How long a fetched job may go without its worker's heartbeat before another worker takes it: the delay before a
    /// batch whose process died is run again. A live worker renews it (sliding), so a long batch is not taken twice.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public const string Schema = "hangfire";
}
