using System.CommandLine;
using System.Text;
using ComplianceEngine.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("ComplianceEngine: screens projects and enterprises against the Jiangxi environmental rule catalog.")
{
    CommonOptions.Rules,
    ScreenCommand.Create(),
    RulesCommand.Create(),
    SampleCommand.Create(),
    DbCommands.Create(),
    ImportCommand.Create(),
    HistoryCommand.Create(),
    NoticesCommand.Create(),
    RiskCommand.Create(),
    IndicatorsCommand.Create(),
};

// Usage errors exit 1 (System.CommandLine's own); everything else through ExitCodes, so a failure is never mistaken for one.
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is Npgsql.NpgsqlException || e.InnerException is Npgsql.NpgsqlException)
{
    Console.Error.WriteLine($"error: the database is unavailable or failed: {(e as Npgsql.NpgsqlException ?? e.InnerException)!.Message}");
    return ExitCodes.Unavailable;
}
catch (Exception e)
{
    Console.Error.WriteLine($"error: unexpected failure (a defect; please report it with what follows): {e}");
    return ExitCodes.Failed;
}
