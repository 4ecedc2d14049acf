using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Output;

/// <summary>Writes screening results in the format asked for.</summary>
internal static class ResultWriters
{
    public static void Write(string format, IReadOnlyList<EvaluationResult> results, RuleSet ruleSet, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                writer.WriteLine(JsonSerializer.Serialize(results, ResultJson.Indented));
                break;
            case "jsonl":
                foreach (var r in results)
                {
                    writer.WriteLine(JsonSerializer.Serialize(r, ResultJson.Compact));
                }

                break;
            case "csv":
                CsvResultWriter.Write(results, writer);
                break;
            case "summary":
                SummaryWriter.Write(results, ruleSet, writer);
                break;
            default:
                TableResultWriter.Write(results, writer);
                SummaryWriter.Write(results, ruleSet, writer);
                break;
        }
    }

    public static Spectre.Console.IAnsiConsole ConsoleFor(TextWriter writer) =>
        Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected ? Spectre.Console.AnsiSupport.Detect : Spectre.Console.AnsiSupport.No,
            ColorSystem = writer == Console.Out && !Console.IsOutputRedirected ? Spectre.Console.ColorSystemSupport.Detect : Spectre.Console.ColorSystemSupport.NoColors,
        });
}
