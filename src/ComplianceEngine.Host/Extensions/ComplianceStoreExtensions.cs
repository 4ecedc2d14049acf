using ComplianceEngine.Data;
using ComplianceEngine.Data.Migrations;
using ComplianceEngine.Host.Health;
using Npgsql;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The PostgreSQL store: one <see cref="NpgsqlDataSource"/> (the connection pool) for the whole host.</summary>
public static class ComplianceStoreExtensions
{
    public static IServiceCollection AddComplianceStore(this IServiceCollection services)
    {
        // Built from IConfiguration on first use, not while the builder runs, so test and environment overrides apply.
        services.AddSingleton(sp => ComplianceDatabase.CreateDataSource(sp.GetRequiredService<IConfiguration>()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>Applies pending migrations at start; a failure stops the host with the failing script and statement.</summary>
    public static WebApplication MigrateComplianceDatabase(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Migrations");
        var connectionString = ComplianceDatabase.ConnectionString(app.Configuration);
        var result = DatabaseMigrator.Migrate(connectionString, m => logger.LogInformation("{Migration}", m));
        logger.LogInformation("database migrated: {Applied} script(s) applied", result.Applied.Count);
        return app;
    }
}
