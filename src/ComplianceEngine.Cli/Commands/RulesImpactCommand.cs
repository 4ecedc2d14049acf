using System.CommandLine;
using System.Text;
using ComplianceEngine.Analytics.Impact;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>rules impact [--baseline DIR|HASH] (--candidate DIR|HASH | --set NAME=VALUE…) --as-of DATE (--input FILE… |
/// --register) [--format summary|json|csv] [--out FILE]</c>: which records a catalog change flips, and why.
/// </summary>
internal static class RulesImpactCommand
{
    private const int FlipsShown = 20;

    public static Command Create()
    {
        var baseline = new Option<string?>("--baseline") { Description = "The catalog in force: a rules folder or a stored version hash (default: --rules)" };
        var candidate = new Option<string?>("--candidate") { Description = "The proposed catalog: a rules folder or a stored version hash" };
        var set = new Option<string[]>("--set")
        {
            Description = "Parameter overrides on the baseline (or the candidate), like an OpenFisca reform: NAME=VALUE or NAME@城市=VALUE; NAME is a parameter or a rule id (its deadline)",
            AllowMultipleArgumentsPerToken = true,
        };
        var asOf = CommonOptions.AsOf();
        var input = CommonOptions.RecordFiles();
        input.Required = false;
        var register = new Option<bool>("--register") { Description = "Every record stored in the database (with its hourly monitoring facts)" };
        var format = new Option<string>("--format") { Description = "summary, json or csv", DefaultValueFactory = _ => "summary" };
        format.AcceptOnlyFromAmong("summary", "json", "csv");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var changes = new Option<bool>("--changes") { Description = "Also list records whose findings changed without an outcome flip (e.g. now overdue)" };
        var encoding = RecordInput.EncodingOption();
        var command = new Command("impact", "What a catalog change would do: outcome flips record by record with their causes, firing counts per rule, and a summary by city, sector and family")
        {
            baseline, candidate, set, asOf, input, register, format, output, changes, encoding,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(input)?.Length ?? 0) > 0 == r.GetValue(register))
            {
                r.AddError("give --input FILE…, or --register");
            }

            if (r.GetValue(candidate) is null && (r.GetValue(set)?.Length ?? 0) == 0)
            {
                r.AddError("give --candidate DIR|HASH, or --set NAME=VALUE overrides, or both");
            }
        });
        command.SetAction((r, ct) => RunAsync(new Request(
            r.GetValue(CommonOptions.Rules), r.GetValue(baseline), r.GetValue(candidate), r.GetValue(set) ?? [], r.GetValue(asOf),
            r.GetValue(input) ?? [], r.GetValue(register), r.GetValue(format)!, r.GetValue(output), r.GetValue(changes), r.GetValue(encoding)), ct));
        return command;
    }

    private static async Task<int> RunAsync(Request request, CancellationToken ct)
    {
        var (catalogs, code) = await CatalogsAsync(request, ct);
        if (catalogs is null)
        {
            return code;
        }

        if (!request.Register && !RecordInput.Check(request.Inputs, request.Encoding))
        {
            return ExitCodes.InputRefused;
        }

        await using var dataSource = request.Register ? CliDatabase.Open() : null;
        if (request.Register && dataSource is null)
        {
            return ExitCodes.Unavailable;
        }

        var run = new ImpactRun(catalogs.Baseline, catalogs.Candidate, request.AsOf, request.Changes);
        using var sink = ImpactOutput.Open(request.Format, request.Output, catalogs, request.AsOf, FlipsShown);
        try
        {
            var summary = dataSource is null
                ? run.Compare(RecordInput.Records(request.Inputs, request.Encoding), sink.Flip, ct)
                : await run.CompareAsync(ImpactRun.Register(new StoredRecords(dataSource), ct), new RecordScreening(new ExceedanceQuery(dataSource), null),
                    f => { sink.Flip(f); return ValueTask.CompletedTask; }, ct);
            sink.Complete(summary);
            return ExitCodes.Ran;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RecordFormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }
    }

    private static async Task<(ImpactCatalogs? Catalogs, int ExitCode)> CatalogsAsync(Request request, CancellationToken ct)
    {
        RuleSet? baseline;
        if (request.Baseline is null)
        {
            baseline = CatalogGate.TryLoad(request.Rules);
        }
        else
        {
            var (snapshot, code) = await CatalogVersionSource.ReadAsync("--baseline", request.Baseline, ct);
            if (snapshot is null)
            {
                return (null, code);
            }

            baseline = Loaded("--baseline", () => RuleSetLoader.Load(snapshot, ct));
        }

        RuleSetSnapshot? candidate = null;
        if (request.Candidate is not null)
        {
            var (snapshot, code) = await CatalogVersionSource.ReadAsync("--candidate", request.Candidate, ct);
            if (snapshot is null)
            {
                return (null, code);
            }

            candidate = snapshot;
        }

        if (baseline is null)
        {
            return (null, ExitCodes.InputRefused);
        }

        try
        {
            var overrides = request.Set.Select(ParameterOverride.Parse).ToArray();
            var catalogs = Loaded("--candidate", () => ImpactCatalogs.Load(baseline, candidate, overrides, request.AsOf, ct));
            return (catalogs, catalogs is null ? ExitCodes.InputRefused : 0);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return (null, ExitCodes.Usage);
        }
    }

    private static T? Loaded<T>(string option, Func<T> load)
        where T : class
    {
        try
        {
            return load();
        }
        catch (CatalogInvalidException e)
        {
            Console.Error.WriteLine($"error: {option}: {e.Message}");
            return null;
        }
    }

    private sealed record Request(string? Rules, string? Baseline, string? Candidate, string[] Set, DateOnly AsOf, FileInfo[] Inputs, bool Register,
        string Format, FileInfo? Output, bool Changes, Encoding? Encoding);
}
