using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ComplianceEngine.Data;

/// <summary>Where the connection string comes from: the standard key, so <c>ConnectionStrings__Compliance</c> in the environment works everywhere.</summary>
public static class ComplianceDatabase
{
    public const string ConnectionStringName = "Compliance";

    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "No database configured: set ConnectionStrings:Compliance (environment variable ConnectionStrings__Compliance), " +
                "e.g. Host=127.0.0.1;Port=5432;Database=compliance;Username=compliance;Password=…");

    public static NpgsqlDataSource CreateDataSource(IConfiguration configuration) =>
        CreateDataSource(ConnectionString(configuration));

    public static NpgsqlDataSource CreateDataSource(string connectionString) =>
        new NpgsqlDataSourceBuilder(connectionString).Build();
}
