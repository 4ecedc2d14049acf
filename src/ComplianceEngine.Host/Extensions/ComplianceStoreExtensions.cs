using ComplianceEngine.Data;
using ComplianceEngine.Data.Migrations;
using ComplianceEngine.Host.Health;
using ComplianceEngine.Host.Screening;
using ComplianceEngine.Screening;
using Hangfire;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The PostgreSQL store (Data's services) and the screening room over it: every door screens through one <see cref="RecordScreening"/>.</summary>
public static class ComplianceStoreExtensions
{
    public static IServiceCollection AddComplianceStore(this IServiceCollection services)
    {
        services.AddComplianceData();
        services.AddSingleton(sp => new RecordScreening(sp.GetRequiredService<IExceedanceSource>(), sp.GetRequiredService<IEvaluationSink>()));
        services.AddSingleton<StoredScreening>();
        // One replay cache per host: a stored rule-set version is loaded from its bytes once.
        services.AddSingleton<Replay>();
        services.AddSingleton<ProjectScreening>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>
    /// Applies pending migrations at start; a failure stops the host with the failing script and statement. Hangfire
    /// installs its schema under the same lock (<see cref="ExclusiveMigration"/>), so nodes starting together do not race.
    /// </summary>
    public static WebApplication MigrateComplianceDatabase(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Migrations");
        var result = ExclusiveMigration.Run(
            ComplianceDatabase.ConnectionString(app.Configuration),
            m => logger.LogInformation("{Migration}", m),
            // Built now, under the lock: the storage installs or upgrades the hangfire schema when it is created.
            () => app.Services.GetService<JobStorage>());
        logger.LogInformation("database migrated: {Applied} script(s) applied", result.Applied.Count);
        return app;
    }
}
