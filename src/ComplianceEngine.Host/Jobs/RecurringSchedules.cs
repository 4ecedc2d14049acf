using System.Linq.Expressions;
using Hangfire;

namespace ComplianceEngine.Host.Jobs;

/// <summary>Registers (or, for an empty cron, removes) the recurring jobs, all in one time zone.</summary>
public sealed class RecurringSchedules(IRecurringJobManager manager, RecurringJobOptions options)
{
    public void Set<TJob>(string id, string cron, Expression<Func<TJob, Task>> call)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            manager.RemoveIfExists(id);
            return;
        }

        manager.AddOrUpdate(id, call, cron, options);
    }
}
