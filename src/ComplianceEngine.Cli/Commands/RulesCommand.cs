using System.CommandLine;
using System.Text.Json;
using ComplianceEngine.Analytics.Indicators;
using ComplianceEngine.Analytics.Versions;
using ComplianceEngine.Cli.Output;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;
using Spectre.Console;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>rules check</c> and <c>rules list</c>.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var check = new Command("check", "Validate the catalog: schema, unknown fields, expressions, citations, parameters and examples");
        check.SetAction(result => Check(result.GetValue(CommonOptions.Rules)));

        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var wide = new Option<bool>("--wide") { Description = "Every column in full (family, sectors, cities, whole citation) however wide the terminal" };
        var list = new Command("list", "List the rules: id, severity, what they apply to, citation, in force from/to") { format, wide };
        list.SetAction(result => List(result.GetValue(CommonOptions.Rules), result.GetValue(format)!, result.GetValue(wide)));

        return new Command("rules", "Inspect and validate the rule catalog") { check, list, RulesDiffCommand.Create(), RulesImpactCommand.Create() };
    }

    private static int Check(string? configured)
    {
        var dir = RulesDirectory.Resolve(configured);
        var (ruleSet, issues) = RuleSetLoader.Check(dir);
        if (issues.Count == 0 && ruleSet is not null)
        {
            // A valid catalog is still refused when nobody wrote down why it changed, or an indicator beside it cites badly (issue 16).
            issues = [.. Changelog.Read(dir).Check(ruleSet.Version), .. IndicatorCatalog.Read(dir, ruleSet).Issues];
        }

        foreach (var issue in issues)
        {
            Console.Error.WriteLine($"error: {issue}");
        }

        if (issues.Count > 0 || ruleSet is null)
        {
            Console.Error.WriteLine($"rule catalog is invalid: {issues.Count} problem{(issues.Count == 1 ? "" : "s")} in {dir}");
            return ExitCodes.InputRefused;
        }

        var families = ruleSet.Rules.Select(r => r.Definition.Family).Distinct().Count();
        Console.WriteLine($"rule catalog OK: {ruleSet.Rules.Count} rules in {families} families, {ruleSet.Parameters.Definitions.Count} parameters, "
            + $"{ruleSet.Parameters.Limits.Count} emission limits; ruleSetVersion {ruleSet.Version}");
        return 0;
    }

    private static int List(string? configured, string format, bool wide)
    {
        var ruleSet = CatalogGate.TryLoad(configured);
        if (ruleSet is null)
        {
            return ExitCodes.InputRefused;
        }

        var rules = ruleSet.Rules.Select(r => r.Definition).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        if (format == "json")
        {
            var rows = rules.Select(r => new
            {
                r.Id, r.Family, Severity = CsvResultWriter.Word(r.Severity), Kind = CsvResultWriter.Word(r.Kind), Scope = CsvResultWriter.Word(r.Scope),
                r.Sectors, r.Cities, InForceFrom = r.InForceFrom, InForceTo = r.InForceTo, r.DeadlineParameter, r.Citation, r.Message,
            });
            Console.WriteLine(JsonSerializer.Serialize(new { ruleSetVersion = ruleSet.Version, rules = rows }, ResultJson.Indented));
            return 0;
        }

        if (wide)
        {
            var console = ResultWriters.ConsoleFor(Console.Out);
            console.Profile.Width = 2000;
            console.Write(RuleTable.Wide(rules));
        }
        else
        {
            RuleTable.WriteNarrow(rules, Console.Out);
        }

        // The full version would overflow 80 columns; --format json and rules check print it whole.
        Console.WriteLine($"{rules.Length} {(rules.Length == 1 ? "rule" : "rules")}; ruleSetVersion {(wide ? ruleSet.Version : ruleSet.Version[..19] + "…")}"
            + (wide ? "" : "; --wide for every column"));
        return 0;
    }
}
