using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Compilation;

namespace ComplianceEngine.Rules.Examples;

/// <summary>
/// Runs every example through the whole catalog and checks each rule has examples that fire it and that do not; then
/// measures each rule on a worst-case record made from its example (<see cref="RuleBudgetCheck"/>).
/// </summary>
public static class ExampleRunner
{
    /// <summary>Time one example may take through the whole catalog; its steps are limited like a rule's.</summary>
    private static readonly TimeSpan ExampleTime = TimeSpan.FromSeconds(5);

    public static IReadOnlyList<ExampleResult> Run(RuleSet ruleSet, IEnumerable<RuleExample> examples) =>
        examples.Select(e => new ExampleResult(e, Problems(ruleSet, e))).ToArray();

    /// <summary>Catalog issues: unreadable examples, failing examples and rules lacking a firing or a non-firing example.</summary>
    internal static IReadOnlyList<CatalogIssue> Check(RuleSet ruleSet, CancellationToken ct = default)
    {
        var issues = new List<CatalogIssue>();
        var examples = ExampleReader.Read(ruleSet.Snapshot, issues);
        var results = new List<ExampleResult>(examples.Count);
        foreach (var example in examples)
        {
            ct.ThrowIfCancellationRequested();
            results.Add(new ExampleResult(example, Budgeted(ruleSet, example, ct)));
        }

        foreach (var result in results.Where(r => !r.Passed))
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

            if (rule.WhenMissing.Any(m => m.Effect == MissingEffect.Ask) && !mine.Any(e => e.Missing.Count > 0))
            {
                issues.Add(new CatalogIssue(rule.File, rule.Id, "no example shows what the rule asks for when a field it declares 'ask' is absent (ADR 0008)"));
            }

            if (!mine.Any(e => !e.Fires))
            {
                issues.Add(new CatalogIssue(rule.File, rule.Id, "no example leaves this rule silent (every rule needs one that fires and one that does not)"));
            }
        }

        if (issues.Count == 0)
        {
            issues.AddRange(WorstCases(ruleSet, examples, ct));
        }

        return issues;
    }

    private static List<string> Budgeted(RuleSet ruleSet, RuleExample example, CancellationToken ct)
    {
        using (EvaluationBudget.Start(ExampleTime, ct, RuleBudgetCheck.MaxSteps))
        {
            try
            {
                return Problems(ruleSet, example);
            }
            catch (EvaluationBudgetExceededException e)
            {
                return [$"the example exceeds its evaluation budget: {e.Message}"];
            }
        }
    }

    /// <summary>Each rule on a worst-case record grown from its first firing example.</summary>
    private static IEnumerable<CatalogIssue> WorstCases(RuleSet ruleSet, IReadOnlyList<RuleExample> examples, CancellationToken ct)
    {
        var records = examples.Select(e => (Example: e, Record: Parse(e).Record)).Where(x => x.Record is not null).ToArray();
        foreach (var rule in ruleSet.Rules)
        {
            var id = rule.Definition.Id;
            if (records.FirstOrDefault(x => x.Example.Rule == id && x.Example.Fires) is not { Record: { } record } firing)
            {
                continue;
            }

            var sameKind = records.Select(x => x.Record!).Where(r => r.Kind == record.Kind).ToArray();
            var worst = WorstCaseRecord.From(record, sameKind);
            if (RuleBudgetCheck.Check(rule, worst, ruleSet.Parameters.For(worst.City, firing.Example.AsOf), ct) is { } problem)
            {
                yield return new CatalogIssue(rule.Definition.File, id, problem);
            }
        }
    }

    private static ParsedRecord Parse(RuleExample example)
    {
        using var doc = JsonDocument.Parse(example.Record.ToJsonString());
        return RecordReader.ReadOne(doc.RootElement, example.File, 0);
    }

    private static List<string> Problems(RuleSet ruleSet, RuleExample example)
    {
        var problems = new List<string>();
        var parsed = Parse(example);
        EvaluationResult result = parsed.Record is { } record && parsed.IsValid
            ? ruleSet.Evaluate(record, example.AsOf, example.Exceedances)
            : ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, example.AsOf);

        var fired = result.Findings.Where(f => f.RuleId == example.Rule && f.MissingFields.Count == 0).ToArray();
        var missing = result.Findings.Where(f => f.RuleId == example.Rule).SelectMany(f => f.MissingFields).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (!missing.SequenceEqual(example.Missing.Order(StringComparer.Ordinal)))
        {
            problems.Add($"expected missing fields [{string.Join(", ", example.Missing)}], the rule reported [{string.Join(", ", missing)}]");
        }

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
