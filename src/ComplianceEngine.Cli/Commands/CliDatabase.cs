using ComplianceEngine.Data;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ComplianceEngine.Cli.Commands;

/// <summary>The database the commands use: <c>ConnectionStrings:Compliance</c> from the environment (<c>ConnectionStrings__Compliance</c>).</summary>
internal static class CliDatabase
{
    public static IConfiguration Configuration() => new ConfigurationBuilder().AddEnvironmentVariables().Build();

    /// <summary>The connection string, or null after telling the user how to set it.</summary>
    public static string? ConnectionString()
    {
        try
        {
            return ComplianceDatabase.ConnectionString(Configuration());
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }

    public static NpgsqlDataSource? Open() => ConnectionString() is { } cs ? ComplianceDatabase.CreateDataSource(cs) : null;
}
