using ComplianceEngine.Data;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Jobs;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace ComplianceEngine.Host.Extensions;

/// <summary>
/// Hangfire on the compliance database in its own schema (<c>hangfire</c>): several host instances on one database
/// share the queue, which is how the sweep scales across nodes. <c>Jobs:Enabled=false</c> leaves it out.
/// </summary>
public static class ComplianceJobsExtensions
{
    public static IServiceCollection AddComplianceJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section);
        if (!options.Enabled)
        {
            return services;
        }

        // The storage is this host's own singleton: AddHangfire would otherwise hand out the process-wide
        // JobStorage.Current, which the last host configured in a process (the tests hold several) decides.
        services.AddSingleton<JobStorage>(sp =>
        {
            // Sliding: the worker's heartbeat renews its fetch, so the timeout bounds a crashed batch's wait, not a batch's length.
            var storageOptions = new PostgreSqlStorageOptions { SchemaName = JobOptions.Schema, QueuePollInterval = options.QueuePollInterval, PrepareSchemaIfNecessary = true, InvisibilityTimeout = options.InvisibilityTimeout, UseSlidingInvisibilityTimeout = true };
            var connectionString = ComplianceDatabase.ConnectionString(sp.GetRequiredService<IConfiguration>());
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        // Two servers: the register-wide batches have their own workers, so a night's thousands of batches never hold
        // up delivery or screening opinions (a shared FIFO queue made them wait 3-8 minutes).
        services.AddHangfireServer((sp, server) =>
        {
            // Jobs are built from this host's services, not from the process-wide activator AddHangfire sets.
            server.Activator = new HostJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
            server.Queues = [JobQueues.Sweep];
            if (options.WorkerCount is { } workers)
            {
                server.WorkerCount = workers;
            }
        });
        services.AddHangfireServer((sp, server) =>
        {
            server.Activator = new HostJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
            server.Queues = [JobQueues.Short];
            server.WorkerCount = Math.Max(1, options.ShortJobWorkers);
        });
        services.AddTransient<SetAsideGuard>();
        services.AddTransient<NightlySweep>();
        services.AddTransient<SweepBatch>();
        services.AddTransient<NoticeSweep>();
        services.AddTransient<NoticeBatch>();
        services.AddTransient<NoticeScreening>();
        services.AddTransient<NoticeDrain>();
        services.AddTransient<ScreeningOpinions>();
        services.AddTransient<WeeklyRiskList>();
        return services;
    }

    /// <summary>Registers the recurring schedules from configuration and the dashboard (admins only).</summary>
    public static WebApplication UseComplianceJobs(this WebApplication app)
    {
        var options = app.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (!options.Enabled)
        {
            return app;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var recurring = new RecurringSchedules(app.Services.GetRequiredService<IRecurringJobManager>(), new RecurringJobOptions { TimeZone = zone });
        recurring.Set<NightlySweep>(NightlySweep.RecurringJobId, options.NightlySweepCron, s => s.FanOutAsync(null, CancellationToken.None));
        recurring.Set<NoticeSweep>(NoticeSweep.RectificationJobId, options.RectificationCron, s => s.FanOutAsync("correction-decision", null, CancellationToken.None));
        recurring.Set<NoticeSweep>(NoticeSweep.DeadlineRemindersJobId, options.DeadlineRemindersCron, s => s.FanOutAsync("supervision-letter", null, CancellationToken.None));
        recurring.Set<NoticeSweep>(NoticeSweep.PermitRemindersJobId, options.PermitRemindersCron, s => s.FanOutAsync("permit-renewal", null, CancellationToken.None));
        recurring.Set<ScreeningOpinions>(ScreeningOpinions.RecurringJobId, options.ScreeningOpinionsCron, s => s.RunAsync(CancellationToken.None));
        recurring.Set<NoticeDrain>(NoticeDrain.RecurringJobId, options.NoticeDeliveryCron, s => s.RunAsync(CancellationToken.None));
        recurring.Set<WeeklyRiskList>(WeeklyRiskList.RecurringJobId, options.WeeklyRiskListCron, s => s.RunAsync(null, CancellationToken.None));
        // The dashboard's own filter allows only local requests; with none, the admin policy decides. Read-only unless
        // configured (docs/web.md): a deleted recurring job would stop the nightly sweep until the next start.
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AppPath = "/",
            DisplayStorageConnectionString = false,
            IsReadOnlyFunc = context => !(options.DashboardActions && context.GetHttpContext().User.IsInRole(Roles.Admin)),
        }).RequireAuthorization(Policies.Administer);
        return app;
    }
}
