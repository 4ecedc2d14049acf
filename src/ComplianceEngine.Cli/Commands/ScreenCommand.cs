using System.CommandLine;
using ComplianceEngine.Cli.Output;
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

        var command = new Command("screen", "Screen project and enterprise records against the catalog as of a date") { input, asOf, format, output };
        command.SetAction(result => Run(
            result.GetRequiredValue(input), result.GetValue(asOf), result.GetValue(format)!, result.GetValue(output), result.GetValue(CommonOptions.Rules)));
        return command;
    }

    private static int Run(FileInfo[] inputs, DateOnly asOf, string format, FileInfo? output, string? rulesFolder)
    {
        var ruleSet = CatalogGate.TryLoad(rulesFolder);
        if (ruleSet is null)
        {
            return CatalogGate.InvalidInput;
        }

        var batches = new List<RecordBatch>();
        foreach (var file in inputs)
        {
            try
            {
                batches.Add(RecordReader.Read(File.ReadAllText(file.FullName), file.Name));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or RecordFormatException)
            {
                Console.Error.WriteLine($"error: {file.Name}: {(e is RecordFormatException ? e.Message : "cannot be read: " + e.Message)}");
                return CatalogGate.InvalidInput;
            }
        }

        var results = Screening.Evaluate(ruleSet, batches.SelectMany(b => b.Records).ToArray(), asOf);
        using var writer = output is null ? Console.Out : new StreamWriter(output.FullName, append: false, new System.Text.UTF8Encoding(false));
        ResultWriters.Write(format, results, ruleSet, writer);
        return 0;
    }
}
