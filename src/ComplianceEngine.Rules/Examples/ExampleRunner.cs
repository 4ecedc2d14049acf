using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules.Examples;

/// <summary>Runs every example through the whole catalog and checks each rule has examples that fire it and that do not.</summary>
public static class ExampleRunner
{
    public static IReadOnlyList<ExampleResult> Run(RuleSet ruleSet, IEnumerable<RuleExample> examples) =>
        examples.Select(e => new ExampleResult(e, Problems(ruleSet, e))).ToArray();

    /// <summary>Catalog issues: unreadable examples, failing examples and rules lacking a firing or a non-firing example.</summary>
    internal static IReadOnlyList<CatalogIssue> Check(RuleSet ruleSet)
    {
        var issues = new List<CatalogIssue>();
        var examples = ExampleReader.Read(ruleSet.Snapshot, issues);
        foreach (var result in Run(ruleSet, examples).Where(r => !r.Passed))
        {
            issues.Add(new CatalogIssue(result.Example.File, $"{result.Example.Rule} example '{result.Example.Name}'", string.Join("; ", result.Problems)));
        }

        var ids = ruleSet.Rules.Select(r => r.Definition.Id).ToHashSet();
        foreach (var unknown in examples.Where(e => !ids.Contains(e.Rule)))
        {
            issues.Add(new CatalogIssue(unknown.File, unknown.Name, $"example names unknown rule '{unknown.Rule}'"));
        }

        foreach (var rule in ruleSet.Rules.Select(r => r.Definition))
        {
            var mine = examples.Where(e => e.Rule == rule.Id).ToArray();
            if (!mine.Any(e => e.Fires))
            {
                issues.Add(new CatalogIssue(rule.File, rule.Id, "no example fires this rule (every rule needs one that fires and one that does not)"));
            }

            if (!mine.Any(e => !e.Fires))
            {
                issues.Add(new CatalogIssue(rule.File, rule.Id, "no example leaves this rule silent (every rule needs one that fires and one that does not)"));
            }
        }

        return issues;
    }

    private static List<string> Problems(RuleSet ruleSet, RuleExample example)
    {
        var problems = new List<string>();
        using var doc = JsonDocument.Parse(example.Record.ToJsonString());
        var parsed = RecordReader.ReadOne(doc.RootElement, example.File, 0);
        EvaluationResult result = parsed.Record is { } record && parsed.IsValid
            ? ruleSet.Evaluate(record, example.AsOf, example.Exceedances)
            : ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, example.AsOf);

        var fired = result.Findings.Where(f => f.RuleId == example.Rule).ToArray();
        if (example.Fires && fired.Length == 0)
        {
            problems.Add("expected the rule to fire, it did not");
        }
        else if (!example.Fires && fired.Length > 0)
        {
            problems.Add($"expected the rule to stay silent, it fired ({fired[0].Message.En})");
        }
        else if (example.Fires && example.Facility is { } facility && fired.All(f => f.FacilityId != facility))
        {
            problems.Add($"expected a finding on facility {facility}, got {string.Join(", ", fired.Select(f => f.FacilityId ?? "(record)"))}");
        }

        var outcome = result.Outcome.ToString().ToLowerInvariant();
        if (outcome != example.Outcome)
        {
            var because = result.Outcome == Outcome.Invalid
                ? string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Reason}"))
                : string.Join(", ", result.Findings.Select(f => f.RuleId + (f.FacilityId is null ? "" : $"@{f.FacilityId}")));
            problems.Add($"expected outcome {example.Outcome}, got {outcome} ({because})");
        }

        if (result.Outcome != Outcome.Invalid && result.Errors.Count > 0)
        {
            problems.Add(string.Join("; ", result.Errors.Select(e => e.Reason)));
        }

        return problems;
    }
}
