using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace ComplianceEngine.Data;

/// <summary>
/// The compliance database for an EF Core context (the host's ASP.NET Core Identity store, docs/adr/0009): Npgsql with
/// snake_case names, so the tables read like the rest of migrations/. EF never creates or migrates anything: DbUp does.
/// </summary>
public static class ComplianceDbContextOptions
{
    public static DbContextOptionsBuilder UseComplianceDatabase(this DbContextOptionsBuilder options, IConfiguration configuration) =>
        options.UseNpgsql(ComplianceDatabase.ConnectionString(configuration)).UseSnakeCaseNamingConvention();
}
