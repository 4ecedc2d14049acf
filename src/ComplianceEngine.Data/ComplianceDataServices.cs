using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Enforcement;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Receipts;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Data.Sweeps;
using ComplianceEngine.Screening;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ComplianceEngine.Data;

/// <summary>
/// The PostgreSQL store for a host: one <see cref="NpgsqlDataSource"/> (the connection pool) and the stores over it,
/// including the screening room's sink, archive, record source and monitoring facts. Npgsql stays behind this line.
/// </summary>
public static class ComplianceDataServices
{
    public static IServiceCollection AddComplianceData(this IServiceCollection services)
    {
        // Built from IConfiguration on first use, not while the builder runs, so test and environment overrides apply.
        services.AddSingleton(sp => ComplianceDatabase.CreateDataSource(sp.GetRequiredService<IConfiguration>()));
        // One trail for the host: it remembers which rule-set versions it has stored, so a screening does not store one again.
        services.AddSingleton(sp => new AuditTrail(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<IEvaluationSink>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddSingleton<IEvaluationArchive>(sp => sp.GetRequiredService<AuditTrail>());
        services.AddSingleton(sp => sp.GetRequiredService<AuditTrail>().Evaluations);
        services.AddSingleton(sp => new RuleSetStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new StoredRecords(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<IRecordSource>(sp => sp.GetRequiredService<StoredRecords>());
        services.AddSingleton<IExceedanceSource>(sp => new ExceedanceQuery(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new Register(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new SweepRuns(sp.GetRequiredService<NpgsqlDataSource>()));
        // The notice jobs read the night's evaluations the sweep stored instead of evaluating the register again.
        services.AddSingleton(sp => new SweptEvaluations(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new Importer(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new InspectionStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new CityTallies(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new EnterpriseDirectory(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new DatabaseProbe(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new DocumentStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new NoticeStore(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new OutboxQueue(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton(sp => new NoticeReceipts(sp.GetRequiredService<NpgsqlDataSource>()));
        // Records a job could not handle, kept with their error so one bad record never blocks the others.
        services.AddSingleton(sp => new SetAsideRecords(sp.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }
}
