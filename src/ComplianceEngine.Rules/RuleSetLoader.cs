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
    public static RuleSet Load(string rulesDirectory, CancellationToken ct = default) =>
        Load(ReadFolder(rulesDirectory, out var issues) ?? throw new CatalogInvalidException(issues), ct);

    /// <summary>The catalog from bytes already read (a folder's snapshot, or a version stored in the audit trail).</summary>
    public static RuleSet Load(RuleSetSnapshot snapshot, CancellationToken ct = default)
    {
        var (ruleSet, issues) = Check(snapshot, ct);
        return issues.Count == 0 && ruleSet is not null ? ruleSet : throw new CatalogInvalidException(issues);
    }

    /// <summary>Everything <c>rules check</c> reports; the rule set is null when it could not be built at all.</summary>
    public static (RuleSet? RuleSet, IReadOnlyList<CatalogIssue> Issues) Check(string rulesDirectory, CancellationToken ct = default) =>
        ReadFolder(rulesDirectory, out var issues) is { } snapshot ? Check(snapshot, ct) : (null, issues);

    /// <summary>
    /// Everything <c>rules check</c> reports on a snapshot. Expressions are held to the allow-list as they compile;
    /// examples and a worst-case record per rule run within budgets.
    /// </summary>
    public static (RuleSet? RuleSet, IReadOnlyList<CatalogIssue> Issues) Check(RuleSetSnapshot snapshot, CancellationToken ct = default)
    {
        var (ruleSet, issues) = Compile(snapshot);
        if (ruleSet is not null && issues.Count == 0)
        {
            // Examples only mean something on a catalog that compiled whole.
            issues.AddRange(ExampleRunner.Check(ruleSet, ct));
        }

        return (ruleSet, issues);
    }

    /// <summary>
    /// A draft or a reform to measure (policy analytics): the rule set when it compiles whole, else null with the
    /// problems; failing examples come back apart, as warnings, since moving a deadline fails the examples that pinned
    /// the old one and that is part of what the change does.
    /// </summary>
    public static (RuleSet? RuleSet, IReadOnlyList<CatalogIssue> Issues, IReadOnlyList<CatalogIssue> ExampleIssues) CheckDraft(RuleSetSnapshot snapshot, CancellationToken ct = default)
    {
        var (ruleSet, issues) = Compile(snapshot);
        return ruleSet is not null && issues.Count == 0 ? (ruleSet, [], ExampleRunner.Check(ruleSet, ct)) : (null, issues, []);
    }

    private static (RuleSet? RuleSet, List<CatalogIssue> Issues) Compile(RuleSetSnapshot snapshot)
    {
        var issues = new List<CatalogIssue>();
        var sources = SourceLibrary.Read(snapshot, issues);
        var parameters = ParameterReader.Read(snapshot, sources, issues);
        var definitions = RuleReader.Read(snapshot, sources, parameters, issues);
        var compiled = RuleCompiler.Compile(definitions, parameters, issues);
        var engine = CreateEngine(snapshot, issues);
        if (engine is null)
        {
            return (null, issues);
        }

        return (new RuleSet(snapshot, RuleSetVersion.Compute(snapshot), compiled, parameters, sources, engine), issues);
    }

    // The folder read once: everything after this works on the bytes, never on the folder again.
    private static RuleSetSnapshot? ReadFolder(string rulesDirectory, out IReadOnlyList<CatalogIssue> issues)
    {
        issues = System.IO.Directory.Exists(rulesDirectory) ? [] : [new CatalogIssue(rulesDirectory, null, "rules folder does not exist")];
        return issues.Count == 0 ? RuleSetSnapshot.Read(rulesDirectory) : null;
    }

    private static RulesEngine.RulesEngine? CreateEngine(RuleSetSnapshot snapshot, List<CatalogIssue> issues)
    {
        var workflows = new List<Workflow>();
        foreach (var path in snapshot.JsonFiles("catalog"))
        {
            try
            {
                workflows.AddRange(JsonSerializer.Deserialize<Workflow[]>(snapshot.Utf8(path).Span) ?? []);
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
