using System.Text.Json;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Compilation;
using ComplianceEngine.Rules.Examples;
using ComplianceEngine.Rules.Parameters;
using RulesEngine.Models;

namespace ComplianceEngine.Rules;

/// <summary>Loads <c>rules/</c>: sources, parameters, workflows, compilation and examples. Any problem makes the catalog unusable.</summary>
public static class RuleSetLoader
{
    /// <summary>The catalog, or <see cref="CatalogInvalidException"/> listing every problem with file, rule and reason.</summary>
    /// <param name="ct">Stops the validation (it then throws <see cref="OperationCanceledException"/>).</param>
    public static RuleSet Load(string rulesDirectory, CancellationToken ct = default)
    {
        var (ruleSet, issues) = Check(rulesDirectory, ct);
        return issues.Count == 0 && ruleSet is not null ? ruleSet : throw new CatalogInvalidException(issues);
    }

    /// <summary>
    /// Everything <c>rules check</c> reports; the rule set is null when it could not be built at all. Expressions are
    /// held to the allow-list as they compile; examples and a worst-case record per rule run within budgets.
    /// </summary>
    public static (RuleSet? RuleSet, IReadOnlyList<CatalogIssue> Issues) Check(string rulesDirectory, CancellationToken ct = default)
    {
        var issues = new List<CatalogIssue>();
        if (!System.IO.Directory.Exists(rulesDirectory))
        {
            return (null, [new CatalogIssue(rulesDirectory, null, "rules folder does not exist")]);
        }

        var sources = SourceLibrary.Read(rulesDirectory, issues);
        var parameters = ParameterReader.Read(rulesDirectory, sources, issues);
        var definitions = RuleReader.Read(rulesDirectory, sources, parameters, issues);
        var compiled = RuleCompiler.Compile(definitions, parameters, issues);
        var engine = CreateEngine(rulesDirectory, issues);
        if (engine is null)
        {
            return (null, issues);
        }

        var ruleSet = new RuleSet(rulesDirectory, RuleSetVersion.Compute(rulesDirectory), compiled, parameters, sources, engine);
        if (issues.Count == 0)
        {
            // Examples only mean something on a catalog that compiled whole.
            issues.AddRange(ExampleRunner.Check(ruleSet, ct));
        }

        return (ruleSet, issues);
    }

    private static RulesEngine.RulesEngine? CreateEngine(string rulesDirectory, List<CatalogIssue> issues)
    {
        var workflows = new List<Workflow>();
        foreach (var path in CatalogFiles.In(rulesDirectory, "catalog"))
        {
            try
            {
                workflows.AddRange(JsonSerializer.Deserialize<Workflow[]>(File.ReadAllBytes(path)) ?? []);
            }
            catch (JsonException)
            {
                // Already reported with its position by the rule reader.
            }
        }

        try
        {
            var engine = new RulesEngine.RulesEngine(RuleCompiler.Settings());
            engine.AddOrUpdateWorkflow([.. workflows]);
            return engine;
        }
        catch (Exception e) when (e is ArgumentException or RulesEngine.Exceptions.RuleValidationException or FluentValidation.ValidationException)
        {
            issues.Add(new CatalogIssue("catalog", null, "Microsoft RulesEngine refuses the workflows: " + e.Message));
            return null;
        }
    }
}
