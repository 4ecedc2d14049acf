using Hangfire;
using Hangfire.Storage;

namespace ComplianceEngine.Host.Jobs;

/// <summary>
/// Day one of a local run: once the bundled sample is imported into an empty register, the jobs that fill the
/// workspace (the sweep's evaluations and findings, correction decisions, deadline and permit reminders, the
/// inspection lists) are triggered at once through their own recurring jobs, instead of at their first night or Monday.
/// </summary>
public static class FirstRunJobs
{
    /// <summary>The recurring jobs triggered, by id; one whose schedule is empty (removed) is skipped.</summary>
    public static readonly IReadOnlyList<string> Ids =
    [
        NightlySweep.RecurringJobId,
        NoticeSweep.RectificationJobId,
        NoticeSweep.DeadlineRemindersJobId,
        NoticeSweep.PermitRemindersJobId,
        WeeklyRiskList.RecurringJobId,
    ];

    /// <summary>
    /// Triggers <see cref="Ids"/> once the host has started (the schedules are registered by then); nothing when this
    /// instance runs without jobs.
    /// </summary>
    public static void TriggerWhenStarted(WebApplication app)
    {
        if (app.Services.GetService<IRecurringJobManagerV2>() is not { } manager)
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
            var registered = connection.GetRecurringJobs([.. Ids]).Where(j => !j.Removed).Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
            var triggered = Ids.Where(registered.Contains).ToList();
            foreach (var id in triggered)
            {
                manager.TriggerJob(id);
            }

            app.Logger.LogInformation("sample imported: triggered {Jobs} now rather than at their schedules", string.Join(", ", triggered));
        });
    }
}
