namespace ComplianceEngine.Host.Tests;

/// <summary>A host running Hangfire on its test database, polling often so a test need not wait seconds per job.</summary>
public class JobsHostFactory : HostFactory
{
    public const int BatchSize = 40;

    public static readonly string[] Crons =
    [
        "NightlySweepCron", "RectificationCron", "DeadlineRemindersCron", "PermitRemindersCron", "ScreeningOpinionsCron", "NoticeDeliveryCron", "WeeklyRiskListCron",
    ];

    public JobsHostFactory()
    {
        ExtraSettings["Jobs:Enabled"] = "true";
        ExtraSettings["Jobs:SweepBatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ExtraSettings["Jobs:QueuePollInterval"] = "00:00:00.200";
        // No schedules: a test starts each job itself, so none fires on its own mid-test.
        foreach (var cron in Crons)
        {
            ExtraSettings[$"Jobs:{cron}"] = "";
        }
    }
}
