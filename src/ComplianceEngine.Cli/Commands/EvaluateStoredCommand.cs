using System.CommandLine;
using System.Globalization;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>db evaluate --as-of DATE (--enterprise ID… | --project ID… | --all)</c>: evaluates stored records with the
/// catalog and the stored hourly readings, and records every result in the audit trail that <c>history</c> lists.
/// </summary>
internal static class EvaluateStoredCommand
{
    public static Command Create()
    {
        var asOf = CommonOptions.AsOf();
        var enterprises = new Option<string[]>("--enterprise") { Description = "Enterprise ids", AllowMultipleArgumentsPerToken = true };
        var projects = new Option<string[]>("--project") { Description = "Project ids", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Every stored enterprise and project" };
        var command = new Command("evaluate", "Evaluate stored records as of a date and store each result (rule-set version, as-of, record snapshot)")
        {
            asOf, enterprises, projects, all,
        };
        command.Validators.Add(r =>
        {
            var some = (r.GetValue(enterprises)?.Length ?? 0) + (r.GetValue(projects)?.Length ?? 0) > 0;
            if (some == r.GetValue(all))
            {
                r.AddError("give --enterprise/--project ids, or --all");
            }
        });
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(CommonOptions.Rules), result.GetValue(asOf), result.GetValue(all),
            result.GetValue(enterprises) ?? [], result.GetValue(projects) ?? [], ct));
        return command;
    }

    private static async Task<int> RunAsync(string? rules, DateOnly asOf, bool all, string[] enterprises, string[] projects, CancellationToken ct)
    {
        var ruleSet = CatalogGate.TryLoad(rules);
        if (ruleSet is null)
        {
            return ExitCodes.InputRefused;
        }

        await using var dataSource = CliDatabase.Open();
        if (dataSource is null)
        {
            return ExitCodes.Unavailable;
        }

        var register = new StoredScreening(new StoredRecords(dataSource), new RecordScreening(new ExceedanceQuery(dataSource), new AuditTrail(dataSource)));
        var count = 0;
        foreach (var (kind, ids) in new[] { ("enterprise", enterprises), ("project", projects) })
        {
            if (!all && ids.Length == 0)
            {
                continue;
            }

            var notFound = new HashSet<string>(ids, StringComparer.Ordinal);
            await foreach (var (parsed, screened) in register.ScreenEachAsync(ruleSet, kind, all ? null : ids, asOf, ct))
            {
                notFound.Remove(parsed.Id ?? "");
                if (screened is not { Result: var result, EvaluationId: var id })
                {
                    Console.Error.WriteLine($"invalid: {kind} {parsed.Id}: {string.Join("; ", parsed.Errors)}");
                    continue;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind} {result.RecordId} as of {asOf:yyyy-MM-dd}: {EvaluationJson.Outcome(result.Outcome)} ({result.Findings.Count} findings), evaluation #{id}"));
                count++;
            }

            foreach (var id in notFound.Order(StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"not found: {kind} {id}");
            }
        }

        Console.WriteLine($"{count} evaluation{(count == 1 ? "" : "s")} stored under rule set {ruleSet.Version}");
        return 0;
    }
}
