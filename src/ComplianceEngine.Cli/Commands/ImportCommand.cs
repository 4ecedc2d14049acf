using System.CommandLine;
using System.Text;
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
        var encoding = RecordInput.EncodingOption();
        var command = new Command("import", "Import files into the database: records are upserted by id, readings copied in bulk; invalid items are reported, valid ones kept") { input, encoding };
        command.SetAction((result, ct) => RunAsync(result.GetValue(input)!, result.GetValue(encoding), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] files, Encoding? encoding, CancellationToken ct)
    {
        var missing = files.Where(f => !File.Exists(f)).ToList();
        foreach (var f in missing)
        {
            Console.Error.WriteLine($"error: {f}: no such file");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.InputRefused;
        }

        await using var dataSource = CliDatabase.Open();
        if (dataSource is null)
        {
            return ExitCodes.Unavailable;
        }

        var total = new ImportSummary();
        foreach (var file in files)
        {
            ImportSummary summary;
            try
            {
                summary = await ImportWithProgressAsync(dataSource, file, encoding, ct);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {(e.Message.Contains(Path.GetFileName(file), StringComparison.Ordinal) ? "" : file + ": ")}{e.Message}");
                return ExitCodes.InputRefused;
            }
            catch (NpgsqlException e)
            {
                Console.Error.WriteLine($"error: {file}: the database failed: {e.Message}");
                return ExitCodes.Unavailable;
            }

            Console.WriteLine($"{file}: {summary}");
            total.Merge(summary);
        }

        foreach (var warning in total.Warnings.Take(ErrorsShown))
        {
            Console.Error.WriteLine($"warning: {warning}");
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

        // An invalid record is reported and the rest stored, as `screen` reports it and goes on: exit 0. A file that
        // stopped part way (a broken JSON array) was refused from the break on.
        return total.Stopped is null ? ExitCodes.Ran : ExitCodes.InputRefused;
    }

    // A progress bar only for a person watching: on a terminal, on stderr, so stdout stays the summary.
    private static async Task<ImportSummary> ImportWithProgressAsync(NpgsqlDataSource dataSource, string file, Encoding? encoding, CancellationToken ct)
    {
        if (Console.IsErrorRedirected)
        {
            return await new Importer(dataSource) { Encoding = encoding }.ImportAsync(file, ct);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ImportSummary? summary = null;
        await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
            var importer = new Importer(dataSource) { Encoding = encoding, Progress = new Progress<double>(v => task.Value = v) };
            summary = await importer.ImportAsync(file, ct);
            task.Value = 1;
        });
        return summary!;
    }
}
