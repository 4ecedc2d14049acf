using System.CommandLine;
using ComplianceEngine.Cli.Output;
using System.Text;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>screen</c>: evaluates record files as of a date, with no database.</summary>
internal static class ScreenCommand
{
    private static readonly string[] Formats = ["table", "json", "jsonl", "csv", "summary"];

    public static Command Create()
    {
        var input = CommonOptions.RecordFiles();
        var asOf = CommonOptions.AsOf();
        var format = new Option<string>("--format") { Description = "table, json, jsonl, csv or summary", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<FileInfo?>("--out") { Description = "Write the results to this file instead of standard output" };

        var encoding = RecordInput.EncodingOption();

        var command = new Command("screen", "Screen project and enterprise records against the catalog as of a date") { input, asOf, format, output, encoding };
        command.SetAction(result => Run(
            result.GetRequiredValue(input), result.GetValue(asOf), result.GetValue(format)!, result.GetValue(output), result.GetValue(encoding),
            result.GetValue(CommonOptions.Rules)));
        return command;
    }

    private static int Run(FileInfo[] inputs, DateOnly asOf, string format, FileInfo? output, Encoding? encoding, string? rulesFolder)
    {
        var ruleSet = CatalogGate.TryLoad(rulesFolder);
        if (ruleSet is null || !RecordInput.Check(inputs, encoding))
        {
            return ExitCodes.InputRefused;
        }

        // Opened at the first result: an input refused before any record leaves no output behind.
        IResultSink? sink = null;
        var progress = new ScreeningProgress();
        var breaks = new List<string>();
        try
        {
            ScreeningPipeline.Run(ruleSet, RecordInput.Records(inputs, encoding, breaks), asOf, (_, result) =>
            {
                (sink ??= ResultWriters.Open(format, ruleSet, asOf, output)).Write(result);
                progress.Step();
            });
            // A file that breaks off refuses the input, but the records before the break and the other files are screened.
            if (breaks.Count > 0)
            {
                sink?.Complete();
                return ExitCodes.InputRefused;
            }

            (sink ??= ResultWriters.Open(format, ruleSet, asOf, output)).Complete();
            return ExitCodes.Ran;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RecordFormatException)
        {
            // The results before a break in a file are complete and written; the break refuses the input.
            sink?.Complete();
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }
        finally
        {
            progress.Done();
            sink?.Dispose();
        }
    }
}
