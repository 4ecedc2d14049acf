using ComplianceEngine.Data;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Migrations;
using ComplianceEngine.Host.Health;
using Hangfire;
using Npgsql;

namespace ComplianceEngine.Host.Extensions;

/// <summary>The PostgreSQL store: one <see cref="NpgsqlDataSource"/> (the connection pool) for the whole host.</summary>
public static class ComplianceStoreExtensions
{
    public static IServiceCollection AddComplianceStore(this IServiceCollection services)
    {
        // Built from IConfiguration on first use, not while the builder runs, so test and environment overrides apply.
        services.AddSingleton(sp => ComplianceDatabase.CreateDataSource(sp.GetRequiredService<IConfiguration>()));
        // One trail for the host: it remembers which rule-set versions it has stored, so a screening does not store one again.
        services.AddSingleton(sp => new AuditTrail(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new SetAsideRecords(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseHealthCheck.ReadyTag]);
        return services;
    }

    // Any constant shared by every instance: the key of the session lock that serializes start-up schema changes.
    private const long SchemaLockKey = 0x436f6d706c69;

    /// <summary>
    /// Applies pending migrations at start; a failure stops the host with the failing script and statement. Nodes
    /// starting together on one empty database would race creating tables (neither DbUp nor Hangfire's installer
    /// locks), so each holds a PostgreSQL advisory lock while it migrates and Hangfire installs its schema.
    /// </summary>
    public static WebApplication MigrateComplianceDatabase(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceEngine.Host.Migrations");
        var connectionString = ComplianceDatabase.ConnectionString(app.Configuration);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", connection))
        {
            take.ExecuteNonQuery();
        }

        try
        {
            var result = DatabaseMigrator.Migrate(connectionString, m => logger.LogInformation("{Migration}", m));
            logger.LogInformation("database migrated: {Applied} script(s) applied", result.Applied.Count);
            // Built now, under the lock: the storage installs or upgrades the hangfire schema when it is created.
            app.Services.GetService<JobStorage>();
        }
        finally
        {
            using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({SchemaLockKey})", connection);
            release.ExecuteNonQuery();
        }

        return app;
    }
}
