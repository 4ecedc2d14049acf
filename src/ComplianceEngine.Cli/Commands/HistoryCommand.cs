using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Data.Audit;
using Spectre.Console;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>history --enterprise ID | --project ID</c>: the stored evaluations of a record, oldest first.</summary>
internal static class HistoryCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var enterprise = new Option<string?>("--enterprise") { Description = "An enterprise id" };
        var project = new Option<string?>("--project") { Description = "A project id" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("history", "List a record's stored evaluations: as-of date, rule-set version, outcome, record version") { enterprise, project, format };
        command.Validators.Add(r =>
        {
            if (r.GetValue(enterprise) is null == r.GetValue(project) is null)
            {
                r.AddError("give exactly one of --enterprise ID or --project ID");
            }
        });
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(enterprise) is { } e ? ("enterprise", e) : ("project", result.GetValue(project)!),
            result.GetValue(format)!, ct));
        return command;
    }

    private static async Task<int> RunAsync((string Kind, string Id) record, string format, CancellationToken ct)
    {
        await using var dataSource = CliDatabase.Open();
        if (dataSource is null)
        {
            return ExitCodes.Unavailable;
        }

        var entries = await new EvaluationStore(dataSource).HistoryAsync(record.Kind, record.Id, ct);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(entries, Json));
            return 0;
        }

        if (entries.Count == 0)
        {
            Console.WriteLine($"no stored evaluations of {record.Kind} {record.Id}");
            return 0;
        }

        var table = new Table().AddColumns("evaluated at (UTC)", "as of", "outcome", "findings", "rule set", "record");
        foreach (var e in entries)
        {
            table.AddRow(
                e.EvaluatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                e.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.Outcome,
                e.Findings.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(Short(e.RuleSetVersion)),
                Short(e.RecordHash));
        }

        Output.ResultWriters.ConsoleFor(Console.Out).Write(table);
        Console.WriteLine($"{entries.Count} evaluation{(entries.Count == 1 ? "" : "s")} of {record.Kind} {record.Id}");
        return 0;
    }

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] : hash;
}
