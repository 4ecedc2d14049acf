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
};

return root.Parse(args).Invoke();
