using System.CommandLine;
using ComplianceEngine.Data.Migrations;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>db migrate</c>: applies the SQL migrations the database has not seen yet.</summary>
internal static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the numbered SQL migrations (migrations/*.sql) not yet applied; each in its own transaction");
        migrate.SetAction(_ => Migrate());
        return new Command("db", "The PostgreSQL database (connection string: ConnectionStrings__Compliance)") { migrate, EvaluateStoredCommand.Create() };
    }

    private static int Migrate()
    {
        if (CliDatabase.ConnectionString() is not { } connectionString)
        {
            return ExitCodes.Unavailable;
        }

        try
        {
            var result = DatabaseMigrator.Migrate(connectionString, Console.Error.WriteLine);
            Console.WriteLine(result.Applied.Count == 0
                ? "database is up to date"
                : $"applied {result.Applied.Count} migration{(result.Applied.Count == 1 ? "" : "s")}: {string.Join(", ", result.Applied)}");
            return 0;
        }
        catch (MigrationFailedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Unavailable;
        }
    }
}
