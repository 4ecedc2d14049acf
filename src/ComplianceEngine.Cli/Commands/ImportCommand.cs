using System.CommandLine;
using ComplianceEngine.Data.Import;
using Npgsql;
using Spectre.Console;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>import --input FILE…</c>: contract records, inspections and hourly readings into the database.</summary>
internal static class ImportCommand
{
    private const int ErrorsShown = 50;

    public static Command Create()
    {
        var input = new Option<string[]>("--input", "-i")
        {
            Description = "Files to import: records (.json/.jsonl), inspections (.csv/.json), readings (.csv); the kind is read from the file",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("import", "Import files into the database: records are upserted by id, readings copied in bulk; invalid items are reported, valid ones kept") { input };
        command.SetAction((result, ct) => RunAsync(result.GetValue(input)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, CancellationToken ct)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var f in missing)
        {
            Console.Error.WriteLine($"error: {f}: no such file");
        }

        if (missing.Count > 0)
        {
            return CatalogGate.InvalidInput;
        }

        await using var dataSource = CliDatabase.Open();
        if (dataSource is null)
        {
            return CliDatabase.NotConfigured;
        }

        var total = new ImportSummary();
        foreach (var file in files)
        {
            ImportSummary summary;
            try
            {
                summary = await ImportWithProgressAsync(dataSource, file, ct);
            }
            catch (Exception e) when (e is InvalidDataException or NpgsqlException or IOException)
            {
                Console.Error.WriteLine($"error: {file}: {e.Message}");
                return 1;
            }

            Console.WriteLine($"{file}: {summary}");
            total.Merge(summary);
        }

        foreach (var error in total.Errors.Take(ErrorsShown))
        {
            Console.Error.WriteLine($"invalid: {error}");
        }

        if (total.Invalid > 0 && total.Errors.Count > ErrorsShown)
        {
            Console.Error.WriteLine($"… {total.Errors.Count - ErrorsShown} more problems not shown");
        }

        if (files.Length > 1)
        {
            Console.WriteLine($"total: {total}");
        }

        return total.Invalid > 0 ? CatalogGate.InvalidInput : 0;
    }

    // A progress bar only for a person watching: on a terminal, on stderr, so stdout stays the summary.
    private static async Task<ImportSummary> ImportWithProgressAsync(NpgsqlDataSource dataSource, string file, CancellationToken ct)
    {
        if (Console.IsErrorRedirected)
        {
            return await new Importer(dataSource).ImportAsync(file, ct);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ImportSummary? summary = null;
        await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
            var importer = new Importer(dataSource) { Progress = new Progress<double>(v => task.Value = v) };
            summary = await importer.ImportAsync(file, ct);
            task.Value = 1;
        });
        return summary!;
    }
}
